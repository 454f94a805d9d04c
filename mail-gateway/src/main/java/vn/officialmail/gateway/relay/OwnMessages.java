package vn.officialmail.gateway.relay;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.message.BlobStore;

/**
 * Mail the gateway writes itself to people (notices, alerts, acknowledgements): plain UTF-8 text
 * from the postmaster, marked automatic (RFC 3834), kept in the blob store and queued with the null
 * reverse path in the caller's transaction, so it goes out if and only if that transaction commits
 * and can never bounce back into a loop.
 */
@Component
public final class OwnMessages {

    private final RelayQueue queue;
    private final BlobStore blobs;
    private final String postmaster;
    private final String host;

    public OwnMessages(RelayQueue queue, BlobStore blobs, GatewaySettings settings) {
        this.queue = queue;
        this.blobs = blobs;
        this.postmaster = settings.relay().postmaster();
        this.host = settings.smtp().hostName();
    }

    /**
     * One message to write.
     *
     * @param kind names it in the Message-ID ({@code notice}, {@code alert}, {@code receipt})
     * @param to its recipients
     * @param subject the subject (Vietnamese allowed)
     * @param text the body
     * @param reply true for an answer to a message (auto-replied), false for a new one (auto-generated)
     * @param inReplyTo the Message-ID it answers
     */
    public record Draft(
            String kind, List<String> to, String subject, String text, boolean reply, Optional<String> inReplyTo) {}

    /** The gateway's host name, as its messages name it. */
    public String host() {
        return host;
    }

    /**
     * A file to attach.
     *
     * @param fileName its name (Vietnamese allowed; written as an RFC 2047 encoded word, which mail clients read)
     * @param contentType its MIME type, e.g. {@code message/rfc822} for an original message
     * @param content its bytes
     */
    public record Attachment(String fileName, String contentType, byte[] content) {}

    /** Writes and queues the message. */
    public void send(Draft draft) {
        write(draft, List.of(), "");
    }

    /**
     * Writes and queues a message that people are expected to answer (an assignment, a request for
     * comments), with files: its reverse path is the postmaster, so a bounce reaches a person rather
     * than vanishing, and its Message-ID is returned so a reply in the thread can be recognised.
     */
    public String sendForAnswer(Draft draft, List<Attachment> attachments) {
        return write(draft, attachments, postmaster);
    }

    private String write(Draft draft, List<Attachment> attachments, String reversePath) {
        try {
            MimeMessage message = new GatewayMessage(draft.kind(), host);
            message.setFrom(new InternetAddress(postmaster));
            InternetAddress[] to = new InternetAddress[draft.to().size()];
            for (int i = 0; i < to.length; i++) {
                to[i] = new InternetAddress(draft.to().get(i), false);
            }
            message.setRecipients(Message.RecipientType.TO, to);
            message.setSubject(draft.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.setHeader("Auto-Submitted", draft.reply() ? "auto-replied" : "auto-generated");
            if (draft.inReplyTo().isPresent()) {
                message.setHeader("In-Reply-To", draft.inReplyTo().get());
                message.setHeader("References", draft.inReplyTo().get());
            }
            if (attachments.isEmpty()) {
                message.setText(draft.text(), StandardCharsets.UTF_8.name());
            } else {
                MimeMultipart mixed = new MimeMultipart();
                MimeBodyPart text = new MimeBodyPart();
                text.setText(draft.text(), StandardCharsets.UTF_8.name());
                mixed.addBodyPart(text);
                for (Attachment attachment : attachments) {
                    MimeBodyPart file = new MimeBodyPart();
                    file.setDataHandler(
                            new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                    file.setFileName(
                            MimeUtility.encodeText(attachment.fileName(), StandardCharsets.UTF_8.name(), null));
                    file.setDisposition(Part.ATTACHMENT);
                    mixed.addBodyPart(file);
                }
                message.setContent(mixed);
            }
            message.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            queue.enqueueBlob(blobs.put(bytes.toByteArray()), reversePath, draft.to());
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot write the " + draft.kind() + " to " + draft.to(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the " + draft.kind() + " to " + draft.to(), e);
        }
    }
}
