package vn.officialmail.gateway.trust.smime;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Asks the agency's configured OCSP responder (RFC 6960) whether a certificate is revoked. The
 * answer must be signed by the certificate's issuer or by a responder the issuer delegated
 * (id-kp-OCSPSigning), be about this certificate and be current; anything else is a failure, never
 * a "good". Answers are kept until their nextUpdate (at most an hour), so a burst of mail from one
 * signer asks once.
 */
final class OcspClient {

    private static final String OCSP_SIGNING = "1.3.6.1.5.5.7.3.9";
    private static final int MAX_RESPONSE_BYTES = 64 * 1024;
    private static final int MAX_CACHED = 10_000;
    private static final Duration MAX_KEPT = Duration.ofHours(1);
    // Clocks of responders and gateways differ a little; a response from "just now" is still current.
    private static final Duration SKEW = Duration.ofMinutes(5);

    enum Status {
        GOOD,
        REVOKED,
        UNKNOWN,
        FAILED
    }

    /**
     * @param status what the responder said, or FAILED when no trustworthy answer came
     * @param revokedAt when the certificate was revoked, for REVOKED
     * @param detail why it failed, for FAILED and UNKNOWN
     */
    record Answer(Status status, Optional<Instant> revokedAt, String detail) {

        static Answer failed(String detail) {
            return new Answer(Status.FAILED, Optional.empty(), detail);
        }
    }

    private record Kept(Answer answer, Instant until) {}

    private final URI responder;
    private final Duration timeout;
    private final Provider provider;
    private final Clock clock;
    private final HttpClient http;
    private final Map<List<Object>, Kept> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Kept> eldest) {
            return size() > MAX_CACHED;
        }
    };

    OcspClient(URI responder, Duration timeout, Provider provider, Clock clock) {
        this.responder = responder;
        this.timeout = timeout;
        this.provider = provider;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The responder's word on {@code certificate}, which {@code issuer} issued. */
    Answer status(X509Certificate certificate, X509Certificate issuer) {
        List<Object> key = List.of(Arrays.hashCode(issuer.getPublicKey().getEncoded()), certificate.getSerialNumber());
        Instant now = clock.instant();
        synchronized (kept) {
            Kept answer = kept.get(key);
            if (answer != null && answer.until().isAfter(now)) {
                return answer.answer();
            }
        }
        Answer answer;
        Instant until = now.plus(MAX_KEPT);
        try {
            CertificateID id = new CertificateID(
                    new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer),
                    certificate.getSerialNumber());
            BasicOCSPResp response = ask(id);
            if (!signedFor(response, issuer)) {
                return Answer.failed("the response is not signed by the issuer or a responder it delegated");
            }
            SingleResp single = Arrays.stream(response.getResponses())
                    .filter(r -> r.getCertID().equals(id))
                    .findFirst()
                    .orElse(null);
            if (single == null) {
                return Answer.failed("the response does not cover this certificate");
            }
            Instant thisUpdate = single.getThisUpdate().toInstant();
            Optional<Instant> nextUpdate =
                    Optional.ofNullable(single.getNextUpdate()).map(d -> d.toInstant());
            if (thisUpdate.isAfter(now.plus(SKEW))
                    || nextUpdate.filter(n -> n.isBefore(now.minus(SKEW))).isPresent()) {
                return Answer.failed("the response is not current (thisUpdate " + thisUpdate + ", nextUpdate "
                        + nextUpdate.map(Instant::toString).orElse("-") + ")");
            }
            answer = answerOf(single.getCertStatus());
            if (nextUpdate.isPresent() && nextUpdate.get().isBefore(until)) {
                until = nextUpdate.get();
            }
        } catch (IOException | OCSPException | OperatorCreationException | GeneralSecurityException e) {
            return Answer.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.failed("interrupted");
        } catch (RuntimeException e) {
            // BouncyCastle's ASN.1 parsers throw unchecked exceptions on a garbled response.
            return Answer.failed("unreadable response: " + e.getMessage());
        }
        synchronized (kept) {
            kept.put(key, new Kept(answer, until));
        }
        return answer;
    }

    private BasicOCSPResp ask(CertificateID id) throws IOException, InterruptedException, OCSPException {
        byte[] request = new OCSPReqBuilder().addRequest(id).build().getEncoded();
        HttpResponse<InputStream> reply = http.send(
                HttpRequest.newBuilder(responder)
                        .timeout(timeout)
                        .header("Content-Type", "application/ocsp-request")
                        .header("Accept", "application/ocsp-response")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(request))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        try (InputStream in = reply.body()) {
            body = in.readNBytes(MAX_RESPONSE_BYTES + 1);
        }
        if (reply.statusCode() != 200) {
            throw new IOException("the responder answered HTTP " + reply.statusCode());
        }
        if (body.length > MAX_RESPONSE_BYTES) {
            throw new IOException("the response exceeds " + MAX_RESPONSE_BYTES + " bytes");
        }
        OCSPResp response = new OCSPResp(body);
        if (response.getStatus() != OCSPResp.SUCCESSFUL) {
            throw new IOException("the responder refused the request (status " + response.getStatus() + ")");
        }
        if (!(response.getResponseObject() instanceof BasicOCSPResp basic)) {
            throw new IOException("not a basic OCSP response");
        }
        return basic;
    }

    // RFC 6960 §4.2.2.2: the issuer itself, or a certificate it issued for OCSP signing.
    private boolean signedFor(BasicOCSPResp response, X509Certificate issuer)
            throws OperatorCreationException, OCSPException, GeneralSecurityException {
        if (response.isSignatureValid(
                new JcaContentVerifierProviderBuilder().setProvider(provider).build(issuer.getPublicKey()))) {
            return true;
        }
        for (X509CertificateHolder holder : response.getCerts()) {
            X509Certificate delegate = new JcaX509CertificateConverter().getCertificate(holder);
            if (delegatedBy(delegate, issuer)
                    && response.isSignatureValid(new JcaContentVerifierProviderBuilder()
                            .setProvider(provider)
                            .build(delegate.getPublicKey()))) {
                return true;
            }
        }
        return false;
    }

    private boolean delegatedBy(X509Certificate delegate, X509Certificate issuer) {
        try {
            delegate.verify(issuer.getPublicKey());
            delegate.checkValidity(java.util.Date.from(clock.instant()));
            List<String> purposes = delegate.getExtendedKeyUsage();
            return purposes != null && purposes.contains(OCSP_SIGNING);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static Answer answerOf(CertificateStatus status) {
        if (status == CertificateStatus.GOOD) {
            return new Answer(Status.GOOD, Optional.empty(), "");
        }
        if (status instanceof RevokedStatus revoked) {
            return new Answer(
                    Status.REVOKED, Optional.of(revoked.getRevocationTime().toInstant()), "");
        }
        return new Answer(Status.UNKNOWN, Optional.empty(), "the responder does not know the certificate");
    }
}
