package vn.officialmail.gateway.search;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.officialmail.gateway.content.ContentExtraction;
import vn.officialmail.gateway.content.MessageContent;
import vn.officialmail.gateway.dossier.DestroyedMessages;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.message.MessageRecord;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.registry.IncomingRegister;
import vn.officialmail.gateway.registry.RegisterEntry;

/** Rebuilds a message's index entry from its record and its original in the blob store. */
@Service
public final class Reindexer {

    private static final Logger log = LoggerFactory.getLogger(Reindexer.class);

    private static final Session SESSION = Session.getInstance(new Properties());

    private final MessageRecords records;
    private final BlobStore blobs;
    private final ContentExtraction extraction;
    private final IncomingRegister register;
    private final MessageIndexing indexing;
    private final DestroyedMessages destroyed;

    public Reindexer(
            MessageRecords records,
            BlobStore blobs,
            ContentExtraction extraction,
            IncomingRegister register,
            MessageIndexing indexing,
            DestroyedMessages destroyed) {
        this.records = records;
        this.blobs = blobs;
        this.extraction = extraction;
        this.register = register;
        this.indexing = indexing;
        this.destroyed = destroyed;
    }

    /** Re-indexes one record; false when it no longer exists or was destroyed with its dossier. */
    public boolean reindex(long recordId) {
        if (destroyed.destroyed(recordId)) {
            return false; // not to be found again
        }
        Optional<MessageIndexing.Facts> facts = factsOrRecordOnly(recordId).facts();
        facts.ifPresent(f -> indexing.indexAfterCommit(() -> f));
        return facts.isPresent();
    }

    /**
     * What to index for a record, and whether it had to come from the record alone.
     *
     * @param facts the facts; empty when the record no longer exists
     * @param recordOnly true when the original could not be read or parsed
     */
    public record Found(Optional<MessageIndexing.Facts> facts, boolean recordOnly) {}

    /**
     * The facts of a record from its original, or from the record alone when the original cannot
     * be read or parsed (a missing or damaged blob must not keep a message out of search, nor stop
     * the gateway's start).
     */
    public Found factsOrRecordOnly(long recordId) {
        try {
            return new Found(facts(recordId), false);
        } catch (RuntimeException unreadable) {
            log.warn("Indexing message {} from its record only: {}", recordId, unreadable.getMessage());
            return new Found(recordOnlyFacts(recordId), true);
        }
    }

    /**
     * The index facts of a record, read again from its original in the blob store; empty when the
     * record no longer exists.
     *
     * @throws UncheckedIOException if the original cannot be read
     * @throws IllegalStateException if the original cannot be parsed
     */
    public Optional<MessageIndexing.Facts> facts(long recordId) {
        Optional<MessageRecord> found = records.findById(recordId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MessageRecord record = found.get();
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(blobs.read(record.rawSha256())));
            MessageContent content = extraction.read(message);
            return Optional.of(new MessageIndexing.Facts(
                    record.id(),
                    content,
                    extraction.texts(content),
                    record.fromAddress().orElse(""),
                    record.fromDomain().orElse(""),
                    record.recipients(),
                    record.channel().orElse(""),
                    record.receivedAt(),
                    registerNumber(record.id())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot re-index message " + recordId, e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot parse message " + recordId + " for re-indexing", e);
        }
    }

    /** The record's own facts, without its original: for a message whose original cannot be read. */
    public Optional<MessageIndexing.Facts> recordOnlyFacts(long recordId) {
        return records.findById(recordId)
                .map(record -> new MessageIndexing.Facts(
                        record.id(),
                        new MessageContent(record.subject(), "", List.of(), List.of()),
                        Map.of(),
                        record.fromAddress().orElse(""),
                        record.fromDomain().orElse(""),
                        record.recipients(),
                        record.channel().orElse(""),
                        record.receivedAt(),
                        registerNumber(record.id())));
    }

    private Optional<String> registerNumber(long recordId) {
        return register.entryOf(recordId).map(RegisterEntry::display);
    }
}
