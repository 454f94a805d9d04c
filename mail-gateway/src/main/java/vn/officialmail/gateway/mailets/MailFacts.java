package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import vn.officialmail.gateway.container.GatewayMail;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.message.NewMessage;
import vn.officialmail.gateway.processing.MailAttributes;
import vn.officialmail.gateway.processing.MessageKey;
import vn.officialmail.gateway.spool.Envelope;

/** Reads the facts of a mail that the gateway's mailets record; tolerant of broken headers. */
final class MailFacts {

    private MailFacts() {}

    static byte[] raw(Mail mail) throws MessagingException {
        return GatewayMail.rawOf(mail)
                .orElseThrow(() -> new MessagingException("Mail " + mail.getName() + " has no content"));
    }

    /** The id RecordMessage put on the mail; a mailet that needs it names itself in the error. */
    static long recordId(Mail mail, String mailet) throws MessagingException {
        return MailAttributes.longValue(mail, MailAttributes.MESSAGE_RECORD_ID)
                .orElseThrow(() -> new MessagingException(
                        mailet + " needs RecordMessage before it: mail " + mail.getName() + " has no record"));
    }

    static Envelope envelope(Mail mail) {
        return new Envelope(
                mail.getMaybeSender().asString(""),
                mail.getRecipients().stream().map(MailAddress::asString).toList(),
                mail.getRemoteAddr() == null ? "" : mail.getRemoteAddr(),
                MailAttributes.string(mail, MailAttributes.HELO).orElse(""),
                MailAttributes.longValue(mail, MailAttributes.RECEIVED_AT)
                        .map(Instant::ofEpochMilli)
                        .orElseGet(Instant::now),
                MailAttributes.string(mail, MailAttributes.SOURCE).orElse("james"),
                MailAttributes.string(mail, MailAttributes.AUTHENTICATED_USER));
    }

    /** The message key set by the gateway, or computed here when running inside another container. */
    static String key(Mail mail, byte[] raw) {
        return MailAttributes.string(mail, MailAttributes.MESSAGE_KEY)
                .orElseGet(() -> MessageKey.of(rawSha256(mail, raw), envelope(mail)));
    }

    /** The SHA-256 of the original: set by the gateway, computed here inside another container. */
    static String rawSha256(Mail mail, byte[] raw) {
        return MailAttributes.string(mail, MailAttributes.RAW_SHA256).orElseGet(() -> BlobStore.sha256Hex(raw));
    }

    static NewMessage newMessage(Mail mail, String key, String sha256, byte[] raw) {
        Envelope envelope = envelope(mail);
        MimeMessage message = parsedOrNull(mail);
        return new NewMessage(
                key,
                mail.getName(),
                sha256,
                raw.length,
                envelope.source(),
                envelope.receivedAt(),
                envelope.remoteAddress(),
                envelope.helo(),
                envelope.mailFrom(),
                envelope.recipients(),
                header(message, "Message-ID"),
                subject(mail),
                sentAt(message));
    }

    static Optional<String> subject(Mail mail) {
        return MailAttributes.object(mail, MailAttributes.CONTENT, vn.officialmail.gateway.content.MessageContent.class)
                .flatMap(vn.officialmail.gateway.content.MessageContent::subject)
                .or(() -> header(parsedOrNull(mail), "Subject"));
    }

    private static MimeMessage parsedOrNull(Mail mail) {
        try {
            return mail.getMessage();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static Optional<String> header(MimeMessage message, String name) {
        if (message == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(message.getHeader(name, null)).map(String::trim);
        } catch (MessagingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> sentAt(MimeMessage message) {
        if (message == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(message.getSentDate()).map(Date::toInstant);
        } catch (MessagingException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
