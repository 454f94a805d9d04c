package vn.officialmail.gateway.quarantine;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.message.MessageRecord;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.message.MessageState;
import vn.officialmail.gateway.relay.RelayQueue;
import vn.officialmail.gateway.search.LabelsChanged;

/**
 * Releases or rejects a quarantined message. Each decision names who made it and why, is audited,
 * and is taken once: a message already decided is refused, so two officers cannot both act.
 * A released message is delivered as it arrived (inline mode); a rejected one stays kept.
 */
@Service
public final class QuarantineDecisions {

    /** What became of the request. */
    public enum Outcome {
        DONE,
        NOT_FOUND,
        NOT_QUARANTINED
    }

    private final MessageRecords records;
    private final RelayQueue relay;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final GatewaySettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public QuarantineDecisions(
            MessageRecords records,
            RelayQueue relay,
            AuditLog audit,
            TransactionTemplate transactions,
            GatewaySettings settings,
            Clock clock,
            ApplicationEventPublisher events) {
        this.records = records;
        this.relay = relay;
        this.audit = audit;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    public Outcome release(long id, String officer, String reason) {
        return decide(id, officer, reason, MessageState.RELEASED, "quarantine-released");
    }

    public Outcome reject(long id, String officer, String reason) {
        return decide(id, officer, reason, MessageState.REJECTED, "quarantine-rejected");
    }

    private Outcome decide(long id, String officer, String reason, MessageState decision, String action) {
        return transactions.execute(status -> {
            Optional<MessageRecord> record = records.findById(id);
            if (record.isEmpty()) {
                return Outcome.NOT_FOUND;
            }
            String history =
                    record.get().errorReason().map(held -> held + " — ").orElse("")
                            + (decision == MessageState.RELEASED ? "giải phóng bởi " : "từ chối bởi ") + officer + ": "
                            + reason;
            if (!records.changeState(id, MessageState.QUARANTINED, decision, history, clock.instant())) {
                return Outcome.NOT_QUARANTINED;
            }
            boolean deliver = decision == MessageState.RELEASED && settings.mode() == GatewaySettings.Mode.INLINE;
            if (deliver) {
                relay.enqueue(id, record.get().mailFrom(), record.get().recipients());
            }
            audit.record(
                    officer,
                    action,
                    "message",
                    Long.toString(id),
                    Map.of("reason", reason, "delivered", Boolean.toString(deliver)));
            events.publishEvent(new LabelsChanged(id)); // the index's state follows the decision
            return Outcome.DONE;
        });
    }
}
