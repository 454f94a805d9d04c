package vn.officialmail.gateway.policy;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import vn.officialmail.gateway.relay.GatewayMessage;

/**
 * The notice to someone who sent an official document from a personal mailbox (Directive
 * 02/CT-TTg; REQUIREMENTS.md R1): the message was delivered, but it has no official value; official
 * documents go from a mailbox the agency issued. Vietnamese first, then English; an automatic
 * reply (RFC 3834) that answers the message it is about.
 */
final class NoOfficialValueNotice {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String SUBJECT = "Thư của quý vị không có giá trị chính thức / Your message has no official standing";

    private NoOfficialValueNotice() {}

    static byte[] build(
            String from,
            String to,
            String host,
            String domain,
            Optional<String> subject,
            Optional<String> inReplyTo,
            Instant receivedAt) {
        String about = subject.map(s -> "\"" + s + "\"").orElse("(không có tiêu đề / no subject)");
        String text = String.join(
                "\r\n",
                "Kính gửi quý vị,",
                "",
                "Thư " + about + " gửi từ địa chỉ " + to + " lúc " + WHEN.format(receivedAt)
                        + " đã được chuyển đến người nhận.",
                "Tuy nhiên, địa chỉ này thuộc dịch vụ thư điện tử cá nhân (" + domain + "), không phải hộp thư công vụ"
                        + " do cơ quan nhà nước cấp, nên văn bản gửi kèm không có giá trị là văn bản điện tử chính thức.",
                "Đề nghị quý vị gửi lại văn bản từ hộp thư công vụ của cơ quan, đơn vị mình.",
                "",
                "Đây là thư tự động của cổng thư điện tử công vụ " + host + "; xin không trả lời thư này.",
                "",
                "-----",
                "",
                "Dear sender,",
                "",
                "Your message " + about + " sent from " + to + " at " + WHEN.format(receivedAt)
                        + " (Asia/Ho_Chi_Minh) was delivered.",
                "However, this address belongs to a personal mail service (" + domain + "), not to a mailbox"
                        + " issued by a state agency, so the document it carries has no standing as an official"
                        + " electronic document.",
                "Please send the document again from your agency's official mailbox.",
                "",
                "This is an automatic message from the official mail gateway " + host + "; please do not reply.",
                "");
        try {
            MimeMessage message = new GatewayMessage("notice", host);
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, false));
            message.setSubject(SUBJECT, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.setHeader("Auto-Submitted", "auto-replied"); // RFC 3834 §5
            inReplyTo.ifPresent(id -> {
                try {
                    message.setHeader("In-Reply-To", id);
                    message.setHeader("References", id);
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            });
            message.setText(text, StandardCharsets.UTF_8.name());
            message.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return bytes.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot build the notice to " + to, e);
        }
    }
}
