package vn.officialmail.gateway.search;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.officialmail.gateway.message.MessageRecord;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.registry.IncomingRegister;
import vn.officialmail.gateway.registry.RegisterEntry;
import vn.officialmail.indexer.index.MailIndex;
import vn.officialmail.indexer.index.MessageLabels;

/**
 * Brings what people decided about an indexed message (its labels and its register number) into
 * the index from its record, without reading its original: the index rebuilds the entry from what
 * it stored ({@link MailIndex#relabel}), where a full re-index would extract every attachment again
 * (seconds for a scanned PDF) and, with the original unreadable, lose their text. A message the
 * index does not hold, or holds in an older layout, is re-indexed in full ({@link Reindexer}).
 */
@Service
public final class MessageRelabelling {

    private final MessageRecords records;
    private final IndexLabels labels;
    private final IncomingRegister register;
    private final MailIndex index;
    private final Reindexer reindexer;

    public MessageRelabelling(
            MessageRecords records,
            IndexLabels labels,
            IncomingRegister register,
            MailIndex index,
            Reindexer reindexer) {
        this.records = records;
        this.labels = labels;
        this.register = register;
        this.index = index;
        this.reindexer = reindexer;
    }

    /**
     * Relabels one record's index entry, or re-indexes it in full when the index cannot.
     *
     * @param recordId the message record
     * @return false when the record no longer exists
     */
    public boolean relabel(long recordId) {
        Optional<MessageRecord> found = records.findById(recordId);
        if (found.isEmpty()) {
            return false;
        }
        MessageRecord record = found.get();
        // the same sender and recipients as MessageIndexing reads the labels with
        MessageLabels current = labels.of(recordId, record.fromAddress().orElse(""), record.recipients());
        Optional<String> number = register.entryOf(recordId).map(RegisterEntry::display);
        return index.relabel(recordId, current, number) || reindexer.reindex(recordId);
    }
}
