package vn.officialmail.gateway.search;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.stereotype.Service;
import vn.officialmail.gateway.content.ContentExtraction;
import vn.officialmail.gateway.content.MessageContent;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.message.MessageRecord;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.registry.IncomingRegister;
import vn.officialmail.gateway.registry.RegisterEntry;

/** Rebuilds a message's index entry from its record and its original in the blob store. */
@Service
public final class Reindexer {

    private static final Session SESSION = Session.getInstance(new Properties());

    private final MessageRecords records;
    private final BlobStore blobs;
    private final ContentExtraction extraction;
    private final IncomingRegister register;
    private final MessageIndexing indexing;

    public Reindexer(
            MessageRecords records,
            BlobStore blobs,
            ContentExtraction extraction,
            IncomingRegister register,
            MessageIndexing indexing) {
        this.records = records;
        this.blobs = blobs;
        this.extraction = extraction;
        this.register = register;
        this.indexing = indexing;
    }

    /** Re-indexes one record; false when it no longer exists. */
    public boolean reindex(long recordId) {
        MessageRecord record = records.findById(recordId).orElse(null);
        if (record == null) {
            return false;
        }
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(blobs.read(record.rawSha256())));
            MessageContent content = extraction.read(message);
            MessageIndexing.Facts facts = new MessageIndexing.Facts(
                    record.id(),
                    content,
                    extraction.texts(content),
                    record.fromAddress().orElse(""),
                    record.fromDomain().orElse(""),
                    record.recipients(),
                    record.channel().orElse(""),
                    record.receivedAt(),
                    register.entryOf(record.id()).map(RegisterEntry::display));
            indexing.indexAfterCommit(() -> facts);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot re-index message " + recordId, e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot parse message " + recordId + " for re-indexing", e);
        }
    }
}
