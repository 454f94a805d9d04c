package vn.officialmail.gateway.trust.smime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Splitting multipart/signed at its boundary lines (RFC 2046 §5.1.1), octet for octet. */
class MultipartSignedTest {

    @Test
    void splitShouldKeepTheSignedPartExactlyWithoutTheCrlfBeforeTheBoundary() throws Exception {
        String body = "preamble\r\n--b\r\nContent-Type: text/plain\r\n\r\nline one\r\nline two\r\n"
                + "--b\r\nContent-Type: application/pkcs7-signature\r\n\r\nAAAA\r\n--b--\r\nepilogue\r\n";

        MultipartSigned parts = MultipartSigned.split(bytes(body), "b");

        assertThat(text(parts.signedContent())).isEqualTo("Content-Type: text/plain\r\n\r\nline one\r\nline two");
        assertThat(text(parts.signature().message().body())).isEqualTo("AAAA");
    }

    @Test
    void splitShouldNotMistakeALongerBoundaryOrAMidLineDelimiterForTheBoundary() throws Exception {
        String body = "--b\r\n\r\ntext --b inside a line\r\n--bb not ours\r\n"
                + "--b \r\nContent-Type: application/pkcs7-signature\r\n\r\nAAAA\r\n--b--";

        MultipartSigned parts = MultipartSigned.split(bytes(body), "b");

        assertThat(text(parts.signedContent())).isEqualTo("\r\ntext --b inside a line\r\n--bb not ours");
    }

    @Test
    void splitShouldRefuseAnEmptySignedPart() {
        String body = "--b\r\n--b\r\n\r\nAAAA\r\n--b--\r\n";

        assertThatExceptionOfType(SmimeFormatException.class)
                .isThrownBy(() -> MultipartSigned.split(bytes(body), "b"))
                .withMessage("multipart/signed: the signed part is empty");
    }

    @Test
    void splitShouldRefuseABoundaryLongerThan70Characters() {
        String boundary = "x".repeat(71);

        assertThatExceptionOfType(SmimeFormatException.class)
                .isThrownBy(() -> MultipartSigned.split(bytes("--" + boundary + "\r\n"), boundary))
                .withMessage("multipart/signed without a usable boundary");
    }

    @Test
    void splitShouldRefuseAMissingSecondPart() {
        assertThatExceptionOfType(SmimeFormatException.class)
                .isThrownBy(() -> MultipartSigned.split(bytes("--b\r\n\r\nsigned text\r\n"), "b"))
                .withMessage("multipart/signed: second part missing");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String text(byte[] octets) {
        return new String(octets, StandardCharsets.ISO_8859_1);
    }
}
