package vn.officialmail.gateway.container;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Enumeration;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;

/**
 * The small bounce a mailet can ask for through {@link GatewayMailetContext#bounce}: a text part
 * with the reason and the recipients, and the original's header section as {@code
 * text/rfc822-headers} (RFC 6522 §4), never its content. The relay's delivery status
 * notifications (RFC 3464) are the full kind.
 */
final class SimpleBounce {
    private static final Session SESSION = Session.getInstance(new Properties());

    private SimpleBounce() {}

    static MimeMessage of(Mail mail, String reason, MailAddress bouncer) throws MessagingException {
        MimeMessage original = mail.getMessage();
        MimeMessage bounce = new MimeMessage(SESSION);
        bounce.setFrom(bouncer.toInternetAddress().orElseThrow());
        bounce.setRecipient(
                Message.RecipientType.TO,
                mail.getMaybeSender().get().toInternetAddress().orElseThrow());
        String subject = original == null ? null : original.getSubject();
        bounce.setSubject(
                "Thư không chuyển được / Undelivered mail" + (subject == null ? "" : ": " + subject),
                StandardCharsets.UTF_8.name());
        bounce.setSentDate(new Date());
        bounce.setHeader("Auto-Submitted", "auto-replied"); // RFC 3834 §5
        String messageId = original == null ? null : original.getMessageID();
        if (messageId != null) {
            bounce.setHeader("In-Reply-To", messageId);
            bounce.setHeader("References", messageId);
        }

        MimeMultipart body = new MimeMultipart("report; report-type=rfc822-headers");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(
                "Thư của bạn không chuyển được tới / Your mail could not be delivered to: "
                        + mail.getRecipients().stream()
                                .map(MailAddress::asString)
                                .collect(Collectors.joining(", "))
                        + "\r\n\r\n"
                        + reason
                        + "\r\n",
                StandardCharsets.UTF_8.name());
        body.addBodyPart(text);
        if (original != null) {
            MimeBodyPart headers = new MimeBodyPart();
            headers.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    headerSection(original).getBytes(StandardCharsets.UTF_8), "text/rfc822-headers; charset=UTF-8")));
            body.addBodyPart(headers);
        }
        bounce.setContent(body);
        bounce.saveChanges();
        return bounce;
    }

    private static String headerSection(MimeMessage original) throws MessagingException {
        StringBuilder headers = new StringBuilder();
        Enumeration<String> lines = original.getAllHeaderLines();
        while (lines.hasMoreElements()) {
            headers.append(lines.nextElement()).append("\r\n");
        }
        return headers.toString();
    }
}
