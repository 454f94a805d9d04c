package vn.officialmail.gateway.trust.smime;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revocation through the agency's OCSP responder, here a real HTTP responder on loopback that signs
 * its answers with the issuing CA's key (or, to forge, with a stranger's): good, revoked and unknown
 * certificates, a forged answer, a responder that is down, and answers kept between messages.
 */
class SmimeOcspTest {

    private static final String SENDER = "vanthu@moj.gov.vn";

    @TempDir
    Path directory;

    private TestPki pki;
    private HttpServer responder;
    private final Map<BigInteger, CertificateStatus> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean forge;

    @BeforeEach
    void startResponder() throws Exception {
        pki = TestPki.create("Bo Tu phap OCSP");
        responder = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        responder.createContext("/ocsp", exchange -> {
            requests.incrementAndGet();
            try {
                byte[] answer = answer(new OCSPReq(exchange.getRequestBody().readAllBytes()));
                exchange.getResponseHeaders().add("Content-Type", "application/ocsp-response");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        responder.start();
    }

    @AfterEach
    void stopResponder() {
        responder.stop(0);
    }

    @Test
    void aGoodAnswerShouldCountAsARevocationCheckAndBeKeptForTheNextMessage() throws Exception {
        TestPki.Issued signer = pki.signer(SENDER);
        SmimeVerifier verifier = verifier(ocspAddress(), false);
        byte[] message = SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER);

        SmimeResult first = verifier.verify(message);
        int asked = requests.get();
        SmimeResult second = verifier.verify(message);

        assertThat(first.status()).as(first.reasonsInEnglish().toString()).isEqualTo(SmimeStatus.VALID);
        assertThat(first.reasonsInEnglish()).noneMatch(r -> r.contains("revocation not checked"));
        assertThat(second.status()).isEqualTo(SmimeStatus.VALID);
        assertThat(asked).isEqualTo(2); // the signer and the intermediate
        assertThat(requests.get()).as("answers kept until their nextUpdate").isEqualTo(asked);
    }

    @Test
    void aRevokedAnswerShouldMakeTheSignatureRevokedInBothLanguages() throws Exception {
        TestPki.Issued signer = pki.signer(SENDER);
        statuses.put(
                signer.certificate().getSerialNumber(),
                new RevokedStatus(Date.from(Instant.now().minus(Duration.ofDays(2))), 1));

        SmimeResult result = verifier(ocspAddress(), false)
                .verify(SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER));

        assertThat(result.status()).isEqualTo(SmimeStatus.REVOKED);
        assertThat(result.reasonsInEnglish()).anyMatch(r -> r.contains("revoked according to the OCSP responder"));
        assertThat(result.reasonsInVietnamese()).anyMatch(r -> r.contains("đã bị thu hồi theo dịch vụ OCSP"));
    }

    @Test
    void anUnknownCertificateShouldLeaveRevocationUncheckedAndUntrustedWhenRevocationIsRequired() throws Exception {
        TestPki.Issued signer = pki.signer(SENDER);
        statuses.put(signer.certificate().getSerialNumber(), new UnknownStatus());
        byte[] message = SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER);

        SmimeResult lenient = verifier(ocspAddress(), false).verify(message);
        SmimeResult strict = verifier(ocspAddress(), true).verify(message);

        assertThat(lenient.status()).isEqualTo(SmimeStatus.VALID);
        assertThat(lenient.reasonsInEnglish()).anyMatch(r -> r.contains("does not know the certificate"));
        assertThat(strict.status()).isEqualTo(SmimeStatus.UNTRUSTED);
    }

    @Test
    void aForgedAnswerShouldNeverCountAsGood() throws Exception {
        TestPki.Issued signer = pki.signer(SENDER);
        forge = true;
        byte[] message = SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER);

        SmimeResult strict = verifier(ocspAddress(), true).verify(message);

        assertThat(strict.status()).isEqualTo(SmimeStatus.UNTRUSTED);
        assertThat(strict.reasonsInEnglish()).anyMatch(r -> r.contains("crl") || r.contains("CRL"));
        assertThat(verifier(ocspAddress(), false).verify(message).reasonsInEnglish())
                .anyMatch(r -> r.contains("not signed by the issuer"));
    }

    @Test
    void aResponderThatIsDownShouldLeaveRevocationUncheckedNotFailTheMessage() throws Exception {
        TestPki.Issued signer = pki.signer(SENDER);
        URI address = ocspAddress();
        responder.stop(0);
        byte[] message = SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER);

        SmimeResult result = verifier(address, false).verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.VALID);
        assertThat(result.reasonsInEnglish()).anyMatch(r -> r.contains("no trustworthy OCSP answer"));
    }

    private URI ocspAddress() {
        return URI.create("http://127.0.0.1:" + responder.getAddress().getPort() + "/ocsp");
    }

    private SmimeVerifier verifier(URI ocsp, boolean revocationRequired) throws Exception {
        Path anchors = Files.createDirectories(directory.resolve("anchors-" + System.nanoTime()));
        TestPki.writePem(anchors.resolve("root.pem"), pki.root.certificate());
        SmimeSettings settings = new SmimeSettings(
                anchors, null, revocationRequired, List.of(), null, null, null, ocsp, Duration.ofSeconds(2));
        return new SmimeVerifier(settings, SmimeTrustMaterial.load(settings), Clock.systemUTC());
    }

    // Each certificate is answered for by its own issuer: the root for the intermediate, the
    // intermediate for everyone else.
    private byte[] answer(OCSPReq request) throws Exception {
        Req asked = request.getRequestList()[0];
        BigInteger serial = asked.getCertID().getSerialNumber();
        boolean aboutIntermediate = serial.equals(pki.intermediate.certificate().getSerialNumber());
        TestPki.Issued issuer = aboutIntermediate ? pki.root : pki.intermediate;
        PrivateKey signingKey = forge ? TestPki.strangerKey() : issuer.key();
        JcaBasicOCSPRespBuilder builder = new JcaBasicOCSPRespBuilder(
                issuer.certificate().getPublicKey(),
                new JcaDigestCalculatorProviderBuilder()
                        .build()
                        .get(org.bouncycastle.cert.ocsp.CertificateID.HASH_SHA1));
        Instant now = Instant.now();
        builder.addResponse(
                asked.getCertID(),
                statuses.getOrDefault(serial, CertificateStatus.GOOD),
                Date.from(now.minus(Duration.ofMinutes(1))),
                Date.from(now.plus(Duration.ofHours(4))));
        BasicOCSPResp basic = builder.build(
                new JcaContentSignerBuilder(
                                signingKey.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA")
                        .build(signingKey),
                new JcaX509CertificateHolder[0],
                Date.from(now));
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    }
}
