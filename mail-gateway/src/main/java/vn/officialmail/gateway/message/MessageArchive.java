package vn.officialmail.gateway.message;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import vn.officialmail.gateway.audit.AuditLog;

/**
 * Keeps a message: its original, bit for bit, in the blob store and its record in the database,
 * once per message key however often it is asked.
 */
@Service
public final class MessageArchive {

    private final MessageRecords records;
    private final BlobStore blobs;
    private final AuditLog audit;
    private final Clock clock;

    public MessageArchive(MessageRecords records, BlobStore blobs, AuditLog audit, Clock clock) {
        this.records = records;
        this.blobs = blobs;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Keeps a message that stops here (held in quarantine, or failed) with the reason, and audits
     * the decision.
     *
     * @param action the audit action, e.g. {@code quarantined}
     */
    public long keepStopped(
            String key,
            byte[] raw,
            Function<String, NewMessage> describe,
            MessageState state,
            String reason,
            String action) {
        long id = keep(key, raw, describe);
        records.markState(id, state, Optional.of(reason), clock.instant());
        audit.record("gateway", action, "message", Long.toString(id), Map.of("reason", reason));
        return id;
    }

    /**
     * Returns the id of the message's record, creating record and blob when they do not exist.
     *
     * @param key the message key
     * @param raw the original bytes
     * @param describe builds the record's facts from the original's blob name
     */
    public long keep(String key, byte[] raw, Function<String, NewMessage> describe) {
        Optional<MessageRecord> existing = records.findByKey(key);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        return create(raw, describe);
    }

    /** Stores the original and inserts a new record; the caller knows there is none yet. */
    public long create(byte[] raw, Function<String, NewMessage> describe) {
        try {
            String sha256 = blobs.put(raw);
            return records.insert(describe.apply(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the original of a message in the blob store", e);
        }
    }

    /** Stores an attachment's bytes once and returns their blob name. */
    public String keepAttachment(byte[] bytes) {
        try {
            return blobs.put(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep an attachment", e);
        }
    }
}
