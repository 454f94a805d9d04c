package vn.officialmail.gateway.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.mailet.LookupException;
import org.apache.mailet.Mail;
import org.apache.mailet.MailetContext;
import org.junit.jupiter.api.Test;

class GatewayMailetContextTest {
    private static final Session SESSION = Session.getInstance(new Properties());

    private record Submitted(Mail mail, String state) {}

    private final List<Submitted> submitted = new ArrayList<>();
    private final MailAddress postmaster;
    private final GatewayMailetContext context;

    GatewayMailetContextTest() throws Exception {
        postmaster = new MailAddress("postmaster@gateway.hanoi.gov.vn");
        context = new GatewayMailetContext(
                (mail, state) -> submitted.add(new Submitted(mail, state)),
                domain -> domain.equals(Domain.of("hanoi.gov.vn")),
                postmaster);
    }

    private static MimeMessage notice() throws MessagingException {
        MimeMessage message = new MimeMessage(SESSION);
        message.setFrom(new InternetAddress("canhbao@hanoi.gov.vn"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("vanthu@hanoi.gov.vn"));
        message.setRecipient(Message.RecipientType.CC, new InternetAddress("lanhdao@hanoi.gov.vn"));
        message.setSubject("Cảnh báo", "UTF-8");
        message.setText("Thư giả mạo bị giữ lại.", "UTF-8");
        message.saveChanges();
        return message;
    }

    @Test
    void sendMailShouldSubmitMessageInRootToHeaderRecipientsWhenMailetSendsMessage() throws Exception {
        context.sendMail(notice());

        assertThat(submitted).hasSize(1);
        Submitted sent = submitted.get(0);
        assertThat(sent.state()).isEqualTo("root");
        assertThat(sent.mail()).isInstanceOf(GatewayMail.class);
        assertThat(sent.mail().getMaybeSender()).isEqualTo(MaybeSender.of(new MailAddress("canhbao@hanoi.gov.vn")));
        assertThat(sent.mail().getRecipients())
                .containsExactly(new MailAddress("vanthu@hanoi.gov.vn"), new MailAddress("lanhdao@hanoi.gov.vn"));
        assertThat(sent.mail().getMessage().getSubject()).isEqualTo("Cảnh báo");
        assertThat(sent.mail().getAttribute(Mail.SENT_BY_MAILET_ATTRIBUTE.getName()))
                .contains(Mail.SENT_BY_MAILET_ATTRIBUTE);
    }

    @Test
    void sendMailShouldSubmitInGivenStateWhenMailetNamesOne() throws Exception {
        context.sendMail(
                new MailAddress("canhbao@hanoi.gov.vn"), List.of(postmaster), notice(), MailetContainer.QUARANTINE);

        assertThat(submitted).extracting(Submitted::state).containsExactly("quarantine");
        assertThat(submitted.get(0).mail().getState()).isEqualTo("quarantine");
        assertThat(submitted.get(0).mail().getRecipients()).containsExactly(postmaster);
    }

    @Test
    void sendMailShouldSubmitCopyKeepingNameWhenMailetSendsMail() throws Exception {
        GatewayMail mail = TestMails.mail("m1", "a@x.gov.vn");

        context.sendMail(mail, "transport");

        Mail sent = submitted.get(0).mail();
        assertThat(sent).isNotSameAs(mail);
        assertThat(sent.getName()).isEqualTo("m1");
        assertThat(GatewayMail.rawOf(sent)).hasValue(mail.raw());
        assertThat(sent.getState()).isEqualTo("transport");
    }

    @Test
    void sendMailShouldRefuseDelayWhenMailetAsksForOne() {
        GatewayMail mail = TestMails.mail("m1", "a@x.gov.vn");

        assertThatExceptionOfType(MessagingException.class)
                .isThrownBy(() -> context.sendMail(mail, 5, TimeUnit.MINUTES))
                .withMessage("delayed sending is not available to mailets in this gateway: delay 5 MINUTES"
                        + " for mail m1; allowed: 0");
        assertThat(submitted).isEmpty();
    }

    @Test
    void sendMailShouldRefuseMessageWithoutRecipients() throws Exception {
        MimeMessage message = new MimeMessage(SESSION);
        message.setText("x");
        message.setHeader("Message-ID", "<empty@hanoi.gov.vn>");

        assertThatExceptionOfType(MessagingException.class)
                .isThrownBy(() -> context.sendMail(postmaster, List.of(), message))
                .withMessage("a mail sent by a mailet needs at least one recipient;"
                        + " message <empty@hanoi.gov.vn> has none");
    }

    @Test
    void bounceShouldSubmitNoticeToSenderFromNullSenderWhenMailetBounces() throws Exception {
        GatewayMail mail = TestMails.mail("m1", "a@x.gov.vn");

        context.bounce(mail, "Hộp thư không tồn tại / mailbox unknown");

        assertThat(submitted).hasSize(1);
        Mail bounce = submitted.get(0).mail();
        assertThat(bounce.getMaybeSender().isNullSender()).isTrue();
        assertThat(bounce.getRecipients()).containsExactly(new MailAddress(TestMails.SENDER));
        MimeMessage message = new MimeMessage(
                SESSION, new ByteArrayInputStream(GatewayMail.rawOf(bounce).orElseThrow()));
        assertThat(message.getSubject()).isEqualTo("Thư không chuyển được / Undelivered mail: Giay moi hop");
        assertThat(message.getFrom()).containsExactly(new InternetAddress(postmaster.asString()));
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-replied");
        assertThat(message.getHeader("In-Reply-To")).containsExactly("<m1@hanoi.gov.vn>");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat((String) parts.getBodyPart(0).getContent())
                .contains("a@x.gov.vn")
                .contains("Hộp thư không tồn tại / mailbox unknown");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/rfc822-headers");
    }

    @Test
    void bounceShouldSendNothingWhenMailHasNullSender() throws Exception {
        GatewayMail mail = new GatewayMail(
                "m1",
                MaybeSender.nullSender(),
                List.of(new MailAddress("a@x.gov.vn")),
                TestMails.message("s"),
                "203.0.113.7",
                "mx");

        context.bounce(mail, "unknown");

        assertThat(submitted).isEmpty();
    }

    @Test
    void dnsLookupShouldFailWithExplanation() {
        assertThatExceptionOfType(LookupException.class)
                .isThrownBy(() -> context.dnsLookup("hanoi.gov.vn", MailetContext.RecordType.MX))
                .withMessage("DNS lookups are not available to mailets in this gateway");
    }

    @Test
    void isLocalEmailShouldFollowDomainPredicate() throws Exception {
        assertThat(context.isLocalEmail(new MailAddress("vanthu@hanoi.gov.vn"))).isTrue();
        assertThat(context.isLocalEmail(new MailAddress("vanthu@hue.gov.vn"))).isFalse();
        assertThat(context.getPostmaster()).isEqualTo(postmaster);
    }

    @Test
    @SuppressWarnings("deprecation")
    void getMailServersShouldBeEmptyBecauseGatewayDoesNotResolveForMailets() {
        assertThat(context.getMailServers(Domain.of("hanoi.gov.vn"))).isEmpty();
        assertThat(context.getSMTPHostAddresses(Domain.of("hanoi.gov.vn"))).isExhausted();
    }

    @Test
    @SuppressWarnings("deprecation")
    void setAttributeShouldRemoveAttributeWhenValueIsNull() {
        context.setAttribute("gateway.started", "yes");
        context.setAttribute("gateway.started", null);

        assertThat(context.getAttribute("gateway.started")).isNull();
        assertThat(context.getAttributeNames()).isExhausted();
    }
}
