package vn.officialmail.gateway.registry;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.relay.GatewayMessage;
import vn.officialmail.gateway.relay.RelayQueue;

/**
 * The acknowledgement of receipt (Decree 30/2020 Art. 21): the sender of a registered official
 * document is told, the same day, its incoming number and when it was received. The number is
 * taken just before the transaction commits, so the acknowledgement is written then too, in the
 * same transaction: it goes out if and only if the registration holds.
 */
@Component
public final class ReceiptAcknowledgements {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(IncomingRegister.VIETNAM);

    private final RelayQueue queue;
    private final BlobStore blobs;
    private final AuditLog audit;
    private final String postmaster;
    private final String host;

    public ReceiptAcknowledgements(RelayQueue queue, BlobStore blobs, AuditLog audit, GatewaySettings settings) {
        this.queue = queue;
        this.blobs = blobs;
        this.audit = audit;
        this.postmaster = settings.relay().postmaster();
        this.host = settings.smtp().hostName();
    }

    /** Acknowledges the registration once it has its number, before the transaction commits. */
    public void acknowledgeAtCommit(
            Registration registration, String sender, Optional<String> subject, Optional<String> messageId) {
        if (sender.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE; // registered after the register's own: runs after numbering
            }

            @Override
            public void beforeCommit(boolean readOnly) {
                registration.entry().ifPresent(entry -> send(entry, sender, subject, messageId));
            }
        });
    }

    private void send(RegisterEntry entry, String sender, Optional<String> subject, Optional<String> messageId) {
        String about = subject.map(s -> "\"" + s + "\"").orElse("(không có tiêu đề / no subject)");
        String when = WHEN.format(entry.registeredAt());
        String text = String.join(
                "\r\n",
                "Kính gửi quý cơ quan, đơn vị,",
                "",
                "Văn bản " + about + " đã được tiếp nhận và đăng ký vào sổ văn bản đến:",
                "  Số đến:   " + entry.display(),
                "  Ngày đến: " + when,
                "",
                "Đây là thư xác nhận tự động của cổng thư điện tử công vụ " + host + ".",
                "",
                "-----",
                "Your document " + about + " was received and entered in the incoming register as number "
                        + entry.display() + " at " + when + " (Asia/Ho_Chi_Minh).",
                "");
        try {
            MimeMessage message = new GatewayMessage("receipt", host);
            message.setFrom(new InternetAddress(postmaster));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(sender, false));
            message.setSubject(
                    "Xác nhận đã nhận văn bản, số đến " + entry.display() + " / Receipt acknowledged", "UTF-8");
            message.setSentDate(new Date());
            message.setHeader("Auto-Submitted", "auto-replied"); // RFC 3834
            if (messageId.isPresent()) {
                message.setHeader("In-Reply-To", messageId.get());
                message.setHeader("References", messageId.get());
            }
            message.setText(text, StandardCharsets.UTF_8.name());
            message.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            queue.enqueueBlob(blobs.put(bytes.toByteArray()), "", List.of(sender));
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot build the acknowledgement to " + sender, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the acknowledgement to " + sender, e);
        }
        audit.record(
                IncomingRegister.GATEWAY,
                "receipt-acknowledged",
                "message",
                entry.messageRecordId().isPresent()
                        ? Long.toString(entry.messageRecordId().getAsLong())
                        : "",
                Map.of("number", entry.display(), "to", sender));
    }
}
