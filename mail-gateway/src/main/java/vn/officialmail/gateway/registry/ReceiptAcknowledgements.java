package vn.officialmail.gateway.registry;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.relay.OwnMessages;

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

    private final OwnMessages messages;
    private final AuditLog audit;

    public ReceiptAcknowledgements(OwnMessages messages, AuditLog audit) {
        this.messages = messages;
        this.audit = audit;
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
        String host = messages.host();
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
        messages.send(new OwnMessages.Draft(
                "receipt",
                List.of(sender),
                "Xác nhận đã nhận văn bản, số đến " + entry.display() + " / Receipt acknowledged",
                text,
                true,
                messageId));
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
