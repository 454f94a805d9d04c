package vn.officialmail.gateway.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawMessageTest {

    @Test
    void parseShouldKeepFoldedFieldsWholeAndSplitTheBody() {
        byte[] message = "From: a@moj.gov.vn\r\nSubject: one\r\n two\r\n\r\nbody\r\n".getBytes(StandardCharsets.UTF_8);

        RawMessage raw = RawMessage.parse(message);

        assertThat(raw.fields()).extracting(HeaderField::name).containsExactly("From", "Subject");
        assertThat(raw.field("subject").orElseThrow().raw()).isEqualTo("Subject: one\r\n two\r\n");
        assertThat(raw.field("subject").orElseThrow().value()).isEqualTo("one two");
        assertThat(new String(raw.body(), StandardCharsets.US_ASCII)).isEqualTo("body\r\n");
    }

    @Test
    void parseShouldTurnBareLineFeedsIntoCrlf() {
        RawMessage raw = RawMessage.parse("From: a@b\nSubject: x\n\nline\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(raw.field("From").orElseThrow().raw()).isEqualTo("From: a@b\r\n");
        assertThat(new String(raw.body(), StandardCharsets.US_ASCII)).isEqualTo("line\r\n");
    }

    @Test
    void parseShouldKeepUtf8OctetsUnchanged() {
        byte[] message = "Subject: Giấy mời\r\n\r\nKính gửi\r\n".getBytes(StandardCharsets.UTF_8);

        RawMessage raw = RawMessage.parse(message);

        assertThat(raw.field("Subject").orElseThrow().raw().getBytes(StandardCharsets.ISO_8859_1))
                .isEqualTo("Subject: Giấy mời\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(raw.body()).isEqualTo("Kính gửi\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parseShouldAcceptAMessageWithoutBodyOrHeaders() {
        assertThat(RawMessage.parse(new byte[0]).fields()).isEmpty();
        assertThat(RawMessage.parse("From: a@b\r\n".getBytes(StandardCharsets.US_ASCII))
                        .body())
                .isEmpty();
    }
}
