package vn.officialmail.gateway.registry;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.officialmail.gateway.audit.AuditLog;

/**
 * Messages that carry a document already in the register (Decree 30/2020 Appendix VI III.1.h):
 * each is linked to the first entry, audited, and never takes a number of its own.
 */
public final class RegisterDuplicates {

    /** The same original arrived again (another envelope, another unit mailbox). */
    static final String SAME_ORIGINAL = "same-original";

    /** Another copy with the same number, symbol and issuer. */
    static final String SAME_NUMBER_SYMBOL_ISSUER = "same-number-symbol-issuer";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    RegisterDuplicates(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    void record(long messageRecordId, RegisterEntry first, String reason) {
        // The later copy's recipients are kept on the link: the first entry names only its own.
        jdbc.sql("insert into register_duplicate (message_record_id, entry_id, reason, detected_at, recipients)"
                        + " select ?, ?, ?, ?, m.recipients from message_record m where m.id = ?")
                .params(
                        messageRecordId,
                        first.id(),
                        reason,
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        messageRecordId)
                .update();
        audit.record(
                IncomingRegister.GATEWAY,
                "duplicate-document",
                "message",
                Long.toString(messageRecordId),
                Map.of("register", first.registerCode(), "firstEntry", first.display(), "reason", reason));
    }

    /**
     * A later copy of a registered document: the message, why it is a copy, when it was seen and
     * whom that copy went to (its envelope recipients, which may differ from the first's).
     */
    public record LaterCopy(long messageRecordId, String reason, java.time.Instant detectedAt, String recipients) {}

    /** The later copies linked to an entry, oldest first. */
    java.util.List<LaterCopy> laterCopies(long entryId) {
        return jdbc.sql(
                        "select message_record_id, reason, detected_at, coalesce(recipients, '') from register_duplicate"
                                + " where entry_id = ? order by detected_at, message_record_id")
                .param(entryId)
                .query((rs, row) -> new LaterCopy(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getString(4)))
                .list();
    }

    /** The entry a message was found to duplicate, if it was. */
    Optional<RegisterEntry> duplicateOf(long messageRecordId) {
        return jdbc
                .sql("select e.id, e.register_code, e.register_year, e.number, e.message_record_id, e.registered_at"
                        + " from register_duplicate d join register_entry e on e.id = d.entry_id"
                        + " where d.message_record_id = ? order by e.id desc")
                .param(messageRecordId)
                .query(IncomingRegister::entry)
                .list()
                .stream()
                .findFirst();
    }
}
