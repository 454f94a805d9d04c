package vn.officialmail.gateway.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.message.MessageRecord;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.search.LabelsChanged;

/**
 * Official documents the classifier is unsure of wait here instead of taking a number; a clerk
 * (văn thư) confirms them, correcting type and metadata, and only then are they registered, or
 * dismisses them as not a document to register. Every step is audited.
 */
@Service
public final class ReviewQueue {

    /** Where a queued document stands. */
    public enum State {
        WAITING,
        CONFIRMED,
        DISMISSED
    }

    /** What became of a clerk's decision. */
    public enum Outcome {
        DONE,
        NOT_FOUND,
        ALREADY_DECIDED
    }

    /**
     * A queued document as the clerk sees it.
     *
     * @param messageId the message record
     * @param receivedAt when it arrived
     * @param sender the envelope sender
     * @param subject the mail's subject
     * @param reason why it waits (the classifier's doubt)
     * @param state where it stands
     * @param register the register it goes to once confirmed
     */
    public record Item(
            long messageId,
            Instant receivedAt,
            String sender,
            Optional<String> subject,
            String reason,
            State state,
            String register) {}

    /**
     * The clerk's reading of the document: every present field replaces what the classifier found.
     *
     * @param typeName the document type's name
     * @param numberSymbol the number and symbol
     * @param issuer the issuing body
     * @param issuedOn the document's date
     * @param summary the trích yếu
     * @param urgent whether it is urgent
     * @param note a note for the register
     */
    public record Confirmation(
            Optional<String> typeName,
            Optional<String> numberSymbol,
            Optional<String> issuer,
            Optional<LocalDate> issuedOn,
            Optional<String> summary,
            boolean urgent,
            Optional<String> note) {}

    /** A confirmed document's registration; its number is set once the confirmation committed. */
    public record Confirmed(Outcome outcome, Optional<Registration> registration) {}

    private final JdbcClient jdbc;
    private final MessageRecords records;
    private final IncomingRegister register;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ReviewQueue(
            JdbcClient jdbc,
            MessageRecords records,
            IncomingRegister register,
            AuditLog audit,
            TransactionTemplate transactions,
            Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.records = records;
        this.register = register;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    /** Queues a message for review (once) for the incoming register, inside the caller's transaction. */
    public void enqueue(long messageRecordId, String reason) {
        enqueue(messageRecordId, IncomingRegister.DEFAULT_REGISTER, reason);
    }

    /** Queues a message for review (once) for the register it would go to, inside the caller's transaction. */
    public void enqueue(long messageRecordId, String registerCode, String reason) {
        boolean queued = jdbc.sql("select count(*) from register_review where message_record_id = ?")
                        .param(messageRecordId)
                        .query(Long.class)
                        .single()
                > 0;
        if (queued) {
            return;
        }
        jdbc.sql("insert into register_review (message_record_id, register_code, reason, queued_at, state)"
                        + " values (?, ?, ?, ?, ?)")
                .params(messageRecordId, registerCode, StringUtils.truncate(reason, 1000), now(), State.WAITING.name())
                .update();
        audit.record(
                IncomingRegister.GATEWAY,
                "review-queued",
                "message",
                Long.toString(messageRecordId),
                Map.of("register", registerCode, "reason", StringUtils.truncate(reason, 1000)));
    }

    /** The documents in a state, oldest first. */
    public List<Item> list(State state, int page, int size) {
        return jdbc.sql(
                        "select q.message_record_id, m.received_at, m.mail_from, m.subject, q.reason, q.state, q.register_code"
                                + " from register_review q join message_record m on m.id = q.message_record_id"
                                + " where q.state = ? order by q.queued_at, q.message_record_id"
                                + " offset ? rows fetch next ? rows only")
                .params(state.name(), (long) page * size, size)
                .query((rs, row) -> new Item(
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3),
                        Optional.ofNullable(rs.getString(4)),
                        rs.getString(5),
                        State.valueOf(rs.getString(6)),
                        rs.getString(7)))
                .list();
    }

    /** Where a message stands in the queue, if it was ever queued. */
    public Optional<State> stateOf(long messageRecordId) {
        return jdbc.sql("select state from register_review where message_record_id = ?")
                .param(messageRecordId)
                .query((rs, row) -> State.valueOf(rs.getString(1)))
                .optional();
    }

    /** Registers a waiting document with the clerk's corrections. */
    public Confirmed confirm(long messageRecordId, Confirmation confirmation, String clerk) {
        return transactions.execute(status -> {
            Optional<MessageRecord> record = records.findById(messageRecordId);
            if (record.isEmpty() || stateOf(messageRecordId).isEmpty()) {
                return new Confirmed(Outcome.NOT_FOUND, Optional.empty());
            }
            if (!decide(
                    messageRecordId, State.CONFIRMED, clerk, confirmation.note().orElse(null))) {
                return new Confirmed(Outcome.ALREADY_DECIDED, Optional.empty());
            }
            MessageRecord message = record.get();
            DocumentParticulars document = new DocumentParticulars(
                    message.mailFrom(),
                    message.subject().orElse(""),
                    confirmation.issuer(),
                    confirmation.numberSymbol(),
                    confirmation.issuedOn(),
                    confirmation.typeName(),
                    confirmation.summary().or(message::subject),
                    String.join(", ", message.recipients()),
                    confirmation.urgent(),
                    confirmation.note());
            String registerCode = jdbc.sql("select register_code from register_review where message_record_id = ?")
                    .param(messageRecordId)
                    .query(String.class)
                    .single();
            Registration registration = register.register(
                    registerCode, messageRecordId, message.rawSha256(), document, message.receivedAt(), clerk);
            audit.record(clerk, "review-confirmed", "message", Long.toString(messageRecordId), Map.of());
            events.publishEvent(new LabelsChanged(messageRecordId)); // type and register number
            return new Confirmed(Outcome.DONE, Optional.of(registration));
        });
    }

    /** Takes a waiting document out of the queue without registering it. */
    public Outcome dismiss(long messageRecordId, String reason, String clerk) {
        return transactions.execute(status -> {
            if (stateOf(messageRecordId).isEmpty()) {
                return Outcome.NOT_FOUND;
            }
            if (!decide(messageRecordId, State.DISMISSED, clerk, reason)) {
                return Outcome.ALREADY_DECIDED;
            }
            audit.record(
                    clerk, "review-dismissed", "message", Long.toString(messageRecordId), Map.of("reason", reason));
            events.publishEvent(new LabelsChanged(messageRecordId)); // no longer typed as a document
            return Outcome.DONE;
        });
    }

    // A conditional update: of two clerks deciding at once, only one wins.
    private boolean decide(long messageRecordId, State state, String clerk, String note) {
        return jdbc.sql("update register_review set state = ?, decided_by = ?, decided_at = ?, decision_note = ?"
                                + " where message_record_id = ? and state = ?")
                        .params(
                                state.name(),
                                StringUtils.truncate(clerk, 255),
                                now(),
                                StringUtils.truncate(note, 1000),
                                messageRecordId,
                                State.WAITING.name())
                        .update()
                == 1;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
