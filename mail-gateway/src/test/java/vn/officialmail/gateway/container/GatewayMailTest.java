package vn.officialmail.gateway.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.junit.jupiter.api.Test;

class GatewayMailTest {
    private static final Session SESSION = Session.getInstance(new Properties());

    /** Bare LF and CR, trailing blanks, raw 8-bit UTF-8 and Latin-1 bytes, NUL, no final line end. */
    private static byte[] oddMessage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("From: vanthu@hanoi.gov.vn\r\nTo: a@x.gov.vn\nSubject: Giấy mời họp  \r\n"
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes("X-Odd:\tfolded\r\n  continuation\r\nX-Latin1: ".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) 0xE9, (byte) 0xFF, 0x00, '\r', '\r', '\n', '\r', '\n'});
        out.writeBytes("Kính gửi\rcác đơn vị.\n\n\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0x80, (byte) 0xC3});
        return out.toByteArray();
    }

    private static GatewayMail mailOf(byte[] raw) throws Exception {
        return new GatewayMail(
                "m1",
                MaybeSender.of(new MailAddress("vanthu@hanoi.gov.vn")),
                List.of(new MailAddress("a@x.gov.vn")),
                raw,
                "203.0.113.7",
                "mx.hanoi.gov.vn");
    }

    @Test
    void rawShouldReturnInputBitForBitWhenMessageHasOddBytes() throws Exception {
        byte[] input = oddMessage();
        GatewayMail mail = mailOf(input);

        mail.getMessage().getSubject();
        mail.getMessage().getContent();

        assertThat(mail.raw()).isEqualTo(oddMessage());
    }

    @Test
    void rawShouldNotChangeWhenCallerChangesInputOrReturnedArray() throws Exception {
        byte[] input = TestMails.message("Giay moi hop");
        GatewayMail mail = mailOf(input);

        input[0] = 'X';
        mail.raw()[1] = 'Y';

        assertThat(mail.raw()).isEqualTo(TestMails.message("Giay moi hop"));
    }

    @Test
    void getMessageShouldParseRawBytesWhenAsked() throws Exception {
        GatewayMail mail = mailOf(TestMails.message("=?UTF-8?B?R2nhuqV5IG3hu51pIGjhu41w?="));

        MimeMessage message = mail.getMessage();

        assertThat(message.getSubject()).isEqualTo("Giấy mời họp");
        assertThat(message.getMessageID()).isEqualTo("<m1@hanoi.gov.vn>");
        assertThat(mail.getMessage()).isSameAs(message);
    }

    @Test
    void rawShouldReturnSerializedNewMessageWhenMailetSetsMessage() throws Exception {
        GatewayMail mail = mailOf(TestMails.message("old"));
        MimeMessage replacement = new MimeMessage(SESSION);
        replacement.setSubject("Công văn mới", "UTF-8");
        replacement.setText("nội dung", "UTF-8");
        replacement.saveChanges();

        mail.setMessage(replacement);

        MimeMessage reparsed = new MimeMessage(SESSION, new ByteArrayInputStream(mail.raw()));
        assertThat(reparsed.getSubject()).isEqualTo("Công văn mới");
        assertThat(mail.getMessageSize()).isEqualTo(mail.raw().length);
    }

    @Test
    void rawShouldReturnChangedMessageKeepingMessageIdWhenMailetChangesHeaderInPlace() throws Exception {
        GatewayMail mail = mailOf(TestMails.message("Giay moi hop"));

        mail.getMessage().addHeader("X-Channel", "OFFICIAL");
        mail.getMessage().saveChanges();

        String raw = new String(mail.raw(), StandardCharsets.UTF_8);
        assertThat(raw).contains("X-Channel: OFFICIAL\r\n").contains("Message-ID: <m1@hanoi.gov.vn>\r\n");
        assertThat(raw).contains("Kính gửi các đơn vị.");
    }

    @Test
    void rawShouldReturnNewContentWhenMailetReplacesContentWithoutSavingChanges() throws Exception {
        GatewayMail mail = mailOf(TestMails.message("Giay moi hop"));

        mail.getMessage().setText("Nội dung đã thay.", "UTF-8");

        MimeMessage reparsed = new MimeMessage(SESSION, new ByteArrayInputStream(mail.raw()));
        assertThat(reparsed.getContent()).isEqualTo("Nội dung đã thay.");
        assertThat(reparsed.getMessageID()).isEqualTo("<m1@hanoi.gov.vn>");
    }

    @Test
    void getMessageSizeShouldBeRawLength() throws Exception {
        GatewayMail mail = mailOf(oddMessage());

        long size = mail.getMessageSize();

        assertThat(size).isEqualTo(oddMessage().length);
    }

    @Test
    void constructorShouldStartMailInRootState() throws Exception {
        GatewayMail mail = mailOf(TestMails.message("s"));

        assertThat(mail.getState()).isEqualTo(Mail.DEFAULT);
        assertThat(mail.getMaybeSender()).isEqualTo(MaybeSender.of(new MailAddress("vanthu@hanoi.gov.vn")));
        assertThat(mail.getRemoteAddr()).isEqualTo("203.0.113.7");
    }

    @Test
    void constructorShouldRejectBlankName() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new GatewayMail(" ", MaybeSender.nullSender(), List.of(), new byte[0], "::1", "::1"))
                .withMessage("a mail needs a name that is not blank: ' '");
    }

    @Test
    void duplicateShouldCopyEnvelopeAndAttributesUnderNewName() throws Exception {
        GatewayMail mail = mailOf(oddMessage());
        mail.setAttribute(new Attribute(AttributeName.of("gateway.channel"), AttributeValue.of("OFFICIAL")));
        mail.setState("transport");

        GatewayMail first = mail.duplicate();
        GatewayMail second = mail.duplicate();
        first.setAttribute(new Attribute(AttributeName.of("gateway.channel"), AttributeValue.of("SPOOFED")));

        assertThat(first.getName()).isEqualTo("m1-1");
        assertThat(second.getName()).isEqualTo("m1-2");
        assertThat(second.raw()).isEqualTo(oddMessage());
        assertThat(second.getState()).isEqualTo("transport");
        assertThat(second.getRecipients()).isEqualTo(mail.getRecipients());
        assertThat(second.getMaybeSender()).isEqualTo(mail.getMaybeSender());
        assertThat(second.getAttribute(AttributeName.of("gateway.channel")))
                .contains(new Attribute(AttributeName.of("gateway.channel"), AttributeValue.of("OFFICIAL")));
        assertThat(mail.getAttribute(AttributeName.of("gateway.channel")))
                .contains(new Attribute(AttributeName.of("gateway.channel"), AttributeValue.of("OFFICIAL")));
    }

    @Test
    @SuppressWarnings("deprecation")
    void setAttributeShouldBeVisibleThroughBothApisWhenSetByLegacyName() throws Exception {
        GatewayMail mail = mailOf(TestMails.message("s"));

        mail.setAttribute("gateway.score", 7);

        assertThat(mail.getAttribute(AttributeName.of("gateway.score")))
                .contains(new Attribute(AttributeName.of("gateway.score"), AttributeValue.of(7)));
        assertThat(mail.getAttribute("gateway.score")).isEqualTo(7);
        assertThat(mail.attributeNames()).containsExactly(AttributeName.of("gateway.score"));
        assertThat(mail.removeAttribute("gateway.score")).isEqualTo(7);
        assertThat(mail.hasAttributes()).isFalse();
    }

    @Test
    void rawOfShouldSerializeMessageWhenMailIsFakeMail() throws Exception {
        MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(TestMails.message("Thông báo")));
        FakeMail fake = FakeMail.builder().name("fake").mimeMessage(message).build();

        byte[] raw = GatewayMail.rawOf(fake).orElseThrow();

        assertThat(new String(raw, StandardCharsets.UTF_8))
                .isEqualTo(new String(TestMails.message("Thông báo"), StandardCharsets.UTF_8));
    }

    @Test
    void rawOfShouldBeEmptyWhenMailHasNoMessage() throws Exception {
        FakeMail fake = FakeMail.builder().name("fake").build();

        assertThat(GatewayMail.rawOf(fake)).isEmpty();
    }

    @Test
    void rawOfShouldReturnRawBytesWhenMailIsGatewayMail() throws Exception {
        GatewayMail mail = mailOf(oddMessage());

        assertThat(GatewayMail.rawOf(mail)).hasValue(oddMessage());
    }
}
