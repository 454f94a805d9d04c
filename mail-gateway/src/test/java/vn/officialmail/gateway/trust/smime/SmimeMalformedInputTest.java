package vn.officialmail.gateway.trust.smime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken S/MIME input becomes MALFORMED with a reason; nothing escapes as an exception. */
class SmimeMalformedInputTest {

    private static final String SENDER = "nguyen.van.a@moj.gov.vn";

    @TempDir
    static Path directory;

    private static TestPki pki;
    private static TestPki.Issued signer;
    private static TestPki.Issued unit;
    private static Path anchors;
    private static byte[] signed;

    @BeforeAll
    static void createPki() throws Exception {
        pki = TestPki.create("Malformed");
        signer = pki.signer(SENDER);
        unit = pki.unit("vanphong@moj.gov.vn");
        anchors = Files.createDirectories(directory.resolve("anchors"));
        TestPki.writePem(anchors.resolve("root.pem"), pki.root.certificate());
        signed = SmimeMessages.multipartSigned(signer, pki.chainOf(signer), SENDER);
    }

    @Test
    void verifyShouldReportMalformedWhenTheMessageIsCutInsideTheSignaturePart() {
        String text = text(signed);
        byte[] truncated = bytes(text.substring(0, text.lastIndexOf("application/pkcs7-signature") + 200));

        SmimeResult result = verifier().verify(truncated);

        assertThat(result.status()).isEqualTo(SmimeStatus.MALFORMED);
        assertThat(result.reasonsInEnglish().get(0)).contains("closing boundary missing");
        assertThat(result.reasonsInVietnamese().get(0)).startsWith("Cấu trúc S/MIME không đọc được");
    }

    @Test
    void verifyShouldReportMalformedWhenTheSignatureIsTruncatedBeforeTheClosingBoundary() {
        String text = text(signed);
        int start = text.indexOf("\r\n\r\n", text.lastIndexOf("application/pkcs7-signature")) + 4;
        int end = text.lastIndexOf("\r\n--");
        byte[] truncated =
                bytes(text.substring(0, start) + text.substring(start, (start + end) / 2) + text.substring(end));

        SmimeResult result = verifier().verify(truncated);

        assertThat(result.status()).isEqualTo(SmimeStatus.MALFORMED);
    }

    @Test
    void verifyShouldReportMalformedWhenTheSignatureIsNotBase64() {
        String text = text(signed);
        int start = text.indexOf("\r\n\r\n", text.lastIndexOf("application/pkcs7-signature")) + 4;
        int end = text.lastIndexOf("\r\n--");
        byte[] garbage = bytes(text.substring(0, start) + "!!!% not base64 at all %!!!" + text.substring(end));

        SmimeResult result = verifier().verify(garbage);

        assertThat(result.status()).isEqualTo(SmimeStatus.MALFORMED);
        assertThat(result.reasonsInEnglish().get(0)).contains("invalid base64");
    }

    @Test
    void verifyShouldReportMalformedWhenTheBase64DecodesToSomethingElseThanCms() {
        String text = text(signed);
        int start = text.indexOf("\r\n\r\n", text.lastIndexOf("application/pkcs7-signature")) + 4;
        int end = text.lastIndexOf("\r\n--");
        byte[] garbage =
                bytes(text.substring(0, start) + "SGVsbG8gd29ybGQsIHRoaXMgaXMgbm90IENNUw==" + text.substring(end));

        SmimeResult result = verifier().verify(garbage);

        assertThat(result.status()).isEqualTo(SmimeStatus.MALFORMED);
    }

    @Test
    void verifyShouldReportMalformedWhenTheSignaturePartHasTheWrongContentType() {
        byte[] wrong = bytes(
                text(signed).replaceFirst("Content-Type: application/pkcs7-signature", "Content-Type: text/plain"));

        SmimeResult result = verifier().verify(wrong);

        assertThat(result.status()).isEqualTo(SmimeStatus.MALFORMED);
        assertThat(result.reasonsInEnglish().get(0)).contains("second part of multipart/signed is text/plain");
    }

    @Test
    void verifyShouldReportMalformedWhenOpaqueSignedHoldsGarbage() {
        byte[] message =
                bytes("From: " + SENDER + "\r\nContent-Type: application/pkcs7-mime; smime-type=signed-data\r\n"
                        + "Content-Transfer-Encoding: base64\r\n\r\nMIIBAAYJKoZIhvcNAQcCoIA=\r\n");

        SmimeResult result = verifier().verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.MALFORMED);
    }

    @Test
    void verifyShouldReportMalformedWhenMultipartSignedHasNoBoundary() {
        byte[] message = bytes("From: " + SENDER + "\r\nContent-Type: multipart/signed;"
                + " protocol=\"application/pkcs7-signature\"\r\n\r\nbody\r\n");

        SmimeResult result = verifier().verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.MALFORMED);
        assertThat(result.reasonsInEnglish().get(0)).contains("without a usable boundary");
    }

    @Test
    void verifyShouldReportNoneWhenMultipartSignedIsOpenPgp() {
        byte[] message = bytes(text(signed).replace("application/pkcs7-signature", "application/pgp-signature"));

        SmimeResult result = verifier().verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.NONE);
    }

    @Test
    void verifyShouldReportNoneNotMalformedWhenAPlainMessageHasAnUnreadableContentType() {
        byte[] message = bytes("From: " + SENDER + "\r\nContent-Type: text/plain; charset=\"utf-8\r\n\r\nhello\r\n");

        SmimeResult result = verifier().verify(message);

        assertThat(result.status()).isEqualTo(SmimeStatus.NONE);
        assertThat(result.isBrokenOrUntrusted()).isFalse();
    }

    @Test
    void verifyShouldReportNoneWhenTheInputIsEmpty() {
        SmimeResult result = verifier().verify(new byte[0]);

        assertThat(result.status()).isEqualTo(SmimeStatus.NONE);
    }

    @Test
    void verifyShouldAcceptAPartAtTheSizeLimitAndRefuseOneOctetOver() {
        int bodySize = RawMessageBody.of(signed).length;

        SmimeResult atLimit = verifier(new SmimeSettings(anchors, null, null, null, bodySize, null, null, null, null))
                .verify(signed);
        SmimeResult over = verifier(new SmimeSettings(anchors, null, null, null, bodySize - 1, null, null, null, null))
                .verify(signed);

        assertThat(atLimit.status()).isEqualTo(SmimeStatus.VALID);
        assertThat(over.status()).isEqualTo(SmimeStatus.MALFORMED);
        assertThat(over.reasonsInEnglish().get(0)).contains("at most " + (bodySize - 1) + " accepted");
    }

    @Test
    void verifyShouldRefuseMoreCertificatesThanTheLimit() {
        SmimeResult atLimit = verifier(new SmimeSettings(anchors, null, null, null, null, 2, null, null, null))
                .verify(signed);
        SmimeResult over = verifier(new SmimeSettings(anchors, null, null, null, null, 1, null, null, null))
                .verify(signed);

        assertThat(atLimit.status()).isEqualTo(SmimeStatus.VALID);
        assertThat(over.status()).isEqualTo(SmimeStatus.MALFORMED);
        assertThat(over.reasonsInEnglish().get(0)).contains("2 certificates in the signature, at most 1 accepted");
    }

    @Test
    void verifyShouldRefuseMoreNestedLayersThanTheLimit() throws Exception {
        Path pkcs12 = pki.writePkcs12(directory.resolve("depth.p12"), unit, "pw");
        List<SmimeSettings.UnitKey> keys = List.of(new SmimeSettings.UnitKey("VP", pkcs12, "pw"));
        byte[] message =
                SmimeMessages.encrypted(unit.certificate(), SmimeMessages.asPart(signer, pki.chainOf(signer)), SENDER);

        SmimeResult twoLayers = verifier(new SmimeSettings(anchors, null, null, keys, null, null, 2, null, null))
                .verify(message);
        SmimeResult oneLayer = verifier(new SmimeSettings(anchors, null, null, keys, null, null, 1, null, null))
                .verify(message);

        assertThat(twoLayers.status()).isEqualTo(SmimeStatus.VALID);
        assertThat(oneLayer.status()).isEqualTo(SmimeStatus.MALFORMED);
        assertThat(oneLayer.reasonsInEnglish())
                .anySatisfy(r -> assertThat(r).contains("more than 1 nested S/MIME layers"));
    }

    @Test
    void verifyShouldNeverThrowOnRandomlyDamagedMessages() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        SmimeVerifier verifier = verifier();

        for (int i = 0; i < 200; i++) {
            byte[] damaged = signed.clone();
            for (int j = 0; j < 1 + random.nextInt(8); j++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            byte[] cut = java.util.Arrays.copyOf(damaged, random.nextInt(damaged.length + 1));

            assertThatCode(() -> {
                        // A byte of a header or the preamble may change and the signature stay valid.
                        assertThat(verifier.verify(cut).status()).isNotNull();
                    })
                    .as("seed %d, round %d", seed, i)
                    .doesNotThrowAnyException();
        }
    }

    private static SmimeVerifier verifier() {
        return verifier(SmimeSettings.of(anchors, null, List.of()));
    }

    private static SmimeVerifier verifier(SmimeSettings settings) {
        return new SmimeVerifier(settings, SmimeTrustMaterial.load(settings), Clock.systemUTC());
    }

    private static String text(byte[] message) {
        return new String(message, StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The body of a message, as the size limit counts it. */
    private static final class RawMessageBody {
        static byte[] of(byte[] message) {
            return vn.officialmail.gateway.trust.RawMessage.parse(message).body();
        }
    }
}
