package vn.officialmail.gateway.trust.dkim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/** RFC 6376 §3.4.5's example and the edge cases around empty bodies. */
class CanonicalizationTest {

    private static final String HEADER_A = "A: X\r\n";
    private static final String HEADER_B = "B : Y\t\r\n\tZ  \r\n";
    private static final String BODY = " C \r\nD \t E\r\n\r\n\r\n";

    @Test
    void relaxedShouldMatchTheRfcExample() {
        assertThat(Canonicalization.header("relaxed", HEADER_A)).isEqualTo("a:X\r\n");
        assertThat(Canonicalization.header("relaxed", HEADER_B)).isEqualTo("b:Y Z\r\n");
        assertThat(body("relaxed", BODY)).isEqualTo(" C\r\nD E\r\n");
    }

    @Test
    void simpleShouldMatchTheRfcExample() {
        assertThat(Canonicalization.header("simple", HEADER_B)).isEqualTo(HEADER_B);
        assertThat(body("simple", BODY)).isEqualTo(" C \r\nD \t E\r\n");
    }

    @Test
    void emptyBodiesShouldCanonicaliseAsTheRfcSays() {
        assertThat(body("simple", "")).isEqualTo("\r\n");
        assertThat(body("simple", "\r\n\r\n")).isEqualTo("\r\n");
        assertThat(body("relaxed", "")).isEmpty();
        assertThat(body("relaxed", " \r\n\r\n")).isEmpty();
    }

    @Test
    void aBodyWithoutFinalLineBreakShouldGetOne() {
        assertThat(body("simple", "abc")).isEqualTo("abc\r\n");
        assertThat(body("relaxed", "abc  ")).isEqualTo("abc\r\n");
    }

    @Test
    void theSinkShouldHashOnlyTheSignedLengthButCountEverything() throws Exception {
        Canonicalization.BodySink limited = new Canonicalization.BodySink(MessageDigest.getInstance("SHA-256"), 3);
        Canonicalization.body("simple", "abcdef\r\n".getBytes(StandardCharsets.US_ASCII), limited);

        assertThat(limited.length()).isEqualTo(8);
        assertThat(limited.hash())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    private static String body(String method, String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Canonicalization.BodySink sink = new Canonicalization.BodySink(sha256(), Long.MAX_VALUE) {
            @Override
            void write(byte[] bytes, int offset, int count) {
                out.write(bytes, offset, count);
            }
        };
        Canonicalization.body(method, body.getBytes(StandardCharsets.US_ASCII), sink);
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
