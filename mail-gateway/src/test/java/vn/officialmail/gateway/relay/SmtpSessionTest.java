package vn.officialmail.gateway.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SmtpSessionTest {

    @Test
    void writeDataShouldSendBytesUnchangedWhenLinesEndInCrlf() throws IOException {
        byte[] original = "Subject: Gi\u1ea5y m\u1eddi\r\n\r\nK\u00ednh g\u1eedi \u0111\u01a1n v\u1ecb\r\n"
                .getBytes(StandardCharsets.UTF_8);

        byte[] sent = data(original);

        assertThat(sent).startsWith(original).endsWith(".\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(sent).hasSize(original.length + 3);
    }

    @Test
    void writeDataShouldDoubleDotWhenLineStartsWithDot() throws IOException {
        assertThat(text(data(bytes(".hidden\r\nx\r\n..\r\n.\r\n")))).isEqualTo("..hidden\r\nx\r\n...\r\n..\r\n.\r\n");
    }

    @Test
    void writeDataShouldEndLastLineWhenContentLacksFinalCrlf() throws IOException {
        assertThat(text(data(bytes("Subject: x\r\n\r\nbody")))).isEqualTo("Subject: x\r\n\r\nbody\r\n.\r\n");
    }

    @Test
    void writeDataShouldTurnBareLineEndsIntoCrlfWhenContentHasThem() throws IOException {
        // "\n.\n" would end DATA early at a lenient next hop: SMTP smuggling.
        assertThat(text(data(bytes("a\n.\nMAIL FROM:<x@y>\rb\r\n"))))
                .isEqualTo("a\r\n..\r\nMAIL FROM:<x@y>\r\nb\r\n.\r\n");
    }

    @Test
    void writeDataShouldSendOnlyEndOfDataWhenContentIsEmpty() throws IOException {
        assertThat(text(data(new byte[0]))).isEqualTo(".\r\n");
    }

    private static byte[] data(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SmtpSession.writeData(content, out);
        return out.toByteArray();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.US_ASCII);
    }
}
