package vn.officialmail.gateway.message;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Keeps a message: its original, bit for bit, in the blob store and its record in the database,
 * once per message key however often it is asked.
 */
@Service
public final class MessageArchive {

    private final MessageRecords records;
    private final BlobStore blobs;

    public MessageArchive(MessageRecords records, BlobStore blobs) {
        this.records = records;
        this.blobs = blobs;
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
        try {
            String sha256 = blobs.put(raw);
            return records.insert(describe.apply(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the original of message " + key, e);
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
