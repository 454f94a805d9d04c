package vn.officialmail.gateway.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.officialmail.gateway.content.AttachmentPart;
import vn.officialmail.gateway.content.AttachmentText;
import vn.officialmail.gateway.content.MessageContent;
import vn.officialmail.indexer.index.IndexedAttachment;
import vn.officialmail.indexer.index.IndexedMessage;
import vn.officialmail.indexer.index.MailIndex;

/**
 * Puts messages into the full-text index once their transaction has committed, so the index
 * never shows a message the database does not have. What a crash loses before the index's
 * next commit is re-indexed at startup by {@link IndexMaintenance}.
 */
@Service
public final class MessageIndexing {

    private static final Logger log = LoggerFactory.getLogger(MessageIndexing.class);

    private final MailIndex index;
    private final IndexLabels labels;

    public MessageIndexing(MailIndex index, IndexLabels labels) {
        this.index = index;
        this.labels = labels;
    }

    /** The facts of a message the index needs. */
    public record Facts(
            long recordId,
            MessageContent content,
            Map<Integer, AttachmentText> texts,
            String fromAddress,
            String fromDomain,
            List<String> recipients,
            String channel,
            Instant receivedAt,
            Optional<String> registerNumber) {}

    /**
     * Indexes now, or after the surrounding transaction commits. The facts are gathered only then,
     * because some (the register number) are settled by the commit itself.
     */
    public void indexAfterCommit(Supplier<Facts> facts) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    indexQuietly(facts);
                }
            });
        } else {
            index(toIndexed(facts.get()));
        }
    }

    private void indexQuietly(Supplier<Facts> facts) {
        Facts committed = facts.get();
        try {
            index(toIndexed(committed));
        } catch (RuntimeException e) {
            // The message is committed; the catch-up at the next start indexes it.
            log.error("Indexing message {} failed; it is re-indexed at the next start", committed.recordId(), e);
        }
    }

    private void index(IndexedMessage message) {
        index.index(message);
    }

    /** The index entry of a message: its facts and the labels recorded for it. */
    public IndexedMessage toIndexed(Facts facts) {
        List<IndexedAttachment> attachments = new ArrayList<>();
        for (AttachmentPart part : facts.content().attachments()) {
            AttachmentText text = facts.texts().get(part.ordinal());
            attachments.add(new IndexedAttachment(
                    part.fileName().orElse(""),
                    text == null ? part.mediaType() : text.mediaType(),
                    text == null ? "" : text.text(),
                    text == null ? "" : text.outcome()));
        }
        return new IndexedMessage(
                facts.recordId(),
                facts.content().subject().orElse(""),
                facts.content().body(),
                facts.fromAddress(),
                facts.fromDomain(),
                facts.recipients(),
                facts.channel().isBlank() ? "UNVERIFIED" : facts.channel(),
                facts.receivedAt(),
                facts.registerNumber(),
                attachments,
                labels.of(facts.recordId(), facts.fromAddress(), facts.recipients()));
    }
}
