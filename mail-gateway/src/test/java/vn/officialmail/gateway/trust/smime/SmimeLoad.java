package vn.officialmail.gateway.trust.smime;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import vn.officialmail.gateway.bench.Throughput;

/**
 * S/MIME verifications per second on one thread (issue: trust and policy, target 500/s): a
 * {@code multipart/signed} message from the test PKI (root → intermediate → signer, ECDSA P-256,
 * chain built to the anchor and checked against a CRL), and the real Thunderbird message (RSA, the
 * StartCom chain carried in the signature). Run by {@code bench/trust-load.sh}.
 */
public final class SmimeLoad {

    private static final String SENDER = "vanthu@moj.gov.vn";

    private SmimeLoad() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Duration round = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
        Path directory = Files.createTempDirectory("om-smime-bench");

        TestPki pki = TestPki.create("Bo Tu phap Bench");
        TestPki.Issued signer = pki.signer(SENDER);
        TestPki.Issued revoked = pki.signer(SENDER);
        Path anchors = Files.createDirectories(directory.resolve("anchors"));
        TestPki.writePem(anchors.resolve("root.pem"), pki.root.certificate());
        Path crls = Files.createDirectories(directory.resolve("crls"));
        TestPki.writePem(crls.resolve("issuing-ca.crl"), pki.crl(revoked.certificate()));
        SmimeSettings settings = SmimeSettings.of(anchors, crls, List.of());
        SmimeVerifier verifier = new SmimeVerifier(settings, SmimeTrustMaterial.load(settings), Clock.systemUTC());
        byte[] signed = SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER);
        expectValid(verifier.verify(signed));

        Path startCom = Files.createDirectories(directory.resolve("startcom"));
        try (InputStream in = SmimeLoad.class.getResourceAsStream("/trust/smime/StartComCertificationAuthority.crt")) {
            Files.copy(in, startCom.resolve("StartComCertificationAuthority.crt"));
        }
        SmimeSettings thunderbirdSettings = SmimeSettings.of(startCom, null, List.of());
        SmimeVerifier thunderbirdVerifier = new SmimeVerifier(
                thunderbirdSettings,
                SmimeTrustMaterial.load(thunderbirdSettings),
                Clock.fixed(Instant.parse("2013-11-03T12:00:00Z"), ZoneOffset.UTC));
        byte[] thunderbird = SmimeThunderbirdTest.message();
        expectValid(thunderbirdVerifier.verify(thunderbird));

        System.out.printf(
                "# %d cores, %s; test PKI message %d bytes, Thunderbird message %d bytes%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.version"),
                signed.length,
                thunderbird.length);
        Throughput.measure(
                "S/MIME verify test PKI ECDSA with CRL",
                () -> verifier.verify(signed),
                Duration.ofSeconds(10),
                rounds,
                round);
        Throughput.measure(
                "S/MIME verify Thunderbird RSA",
                () -> thunderbirdVerifier.verify(thunderbird),
                Duration.ofSeconds(5),
                rounds,
                round);
    }

    private static void expectValid(SmimeResult result) {
        if (result.status() != SmimeStatus.VALID) {
            throw new IllegalStateException("expected a valid signature: " + result.reasonsInEnglish());
        }
    }
}
