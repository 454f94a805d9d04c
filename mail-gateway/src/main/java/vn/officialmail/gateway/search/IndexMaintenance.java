package vn.officialmail.gateway.search;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.indexer.index.MailIndex;

/**
 * Commits the index every few seconds with the highest message id it holds as the commit's
 * marker, and at startup re-indexes what a crash may have lost after the last commit. Record
 * ids are allocated before their transactions commit, so the catch-up starts a safety margin
 * below the marker; re-indexing is idempotent.
 */
@Component
public final class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);
    private static final long SAFETY_MARGIN = 1000;
    private static final int BATCH = 500;

    private final MailIndex index;
    private final MessageRecords records;
    private final Reindexer reindexer;

    public IndexMaintenance(MailIndex index, MessageRecords records, Reindexer reindexer) {
        this.index = index;
        this.records = records;
        this.reindexer = reindexer;
    }

    @Scheduled(fixedDelayString = "${gateway.index.commit-interval:5000}")
    public void commit() {
        // Committed records up to this id are in the index, or are re-indexed at catch-up.
        index.commit(Long.toString(records.highestId()));
    }

    @EventListener(ApplicationReadyEvent.class)
    public void catchUp() {
        long marker = index.lastCommitMarker().map(Long::parseLong).orElse(0L);
        long after = Math.max(0, marker - SAFETY_MARGIN);
        long count = 0;
        List<Long> ids;
        while (!(ids = records.idsAfter(after, BATCH)).isEmpty()) {
            for (long id : ids) {
                reindexer.reindex(id);
                count++;
            }
            after = ids.get(ids.size() - 1);
        }
        if (count > 0) {
            log.info("Index catch-up: re-indexed {} message(s) after marker {}", count, marker);
        }
    }
}
