package vn.officialmail.gateway.search;

import jakarta.annotation.PreDestroy;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.officialmail.indexer.index.MailIndex;

/**
 * Brings a message's index entry up to date when a person changes what search labels it by: a
 * quarantine release or rejection (state), a review-queue confirmation (type, register number) or
 * dismissal (no type). Callers publish {@link LabelsChanged} inside their transaction; once it
 * commits the message is re-indexed from its record and original, exactly as at processing time ({@link
 * Reindexer}), and made searchable at once.
 *
 * <p>The work runs on one background thread ({@code search-labels}) so that a decision is not held
 * up by re-reading large attachments; a text-only message is searchable with its new labels well
 * within a second. Index writes are made durable by the periodic commit ({@link IndexMaintenance});
 * a change made while the index is being rebuilt is applied again after the swap ({@link
 * IndexRebuild}), since the rebuilt index may have read the message before the change.
 */
@Service
public final class SearchLabels {

    private static final Logger log = LoggerFactory.getLogger(SearchLabels.class);

    /** Pending re-indexings; far more than people can decide between two runs. */
    private static final int QUEUE = 10_000;

    private final Reindexer reindexer;
    private final MailIndex index;
    private final ExecutorService worker;
    private final Set<Long> changedDuringRebuild = new LinkedHashSet<>();
    private boolean rebuilding;

    public SearchLabels(Reindexer reindexer, MailIndex index) {
        this.reindexer = reindexer;
        this.index = index;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), task -> {
            Thread thread = new Thread(task, "search-labels");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The labels of a message changed: re-index it after the publishing transaction commits (at
     * once without one). Nothing happens if the transaction rolls back.
     */
    @TransactionalEventListener(fallbackExecution = true)
    public void changed(LabelsChanged event) {
        submit(event.messageId());
    }

    /** A rebuild begins: changes from now on are applied again once it has been swapped in. */
    synchronized void rebuildStarted() {
        rebuilding = true;
        changedDuringRebuild.clear();
    }

    /** The rebuilt index serves (or the rebuild failed): applies the changes made meanwhile. */
    void rebuildFinished() {
        Set<Long> again;
        synchronized (this) {
            rebuilding = false;
            again = new LinkedHashSet<>(changedDuringRebuild);
            changedDuringRebuild.clear();
        }
        again.forEach(this::submit);
    }

    private void submit(long messageId) {
        synchronized (this) {
            if (rebuilding) {
                changedDuringRebuild.add(messageId);
            }
        }
        try {
            worker.execute(() -> reindex(messageId));
        } catch (RejectedExecutionException e) {
            log.warn(
                    "Message {} not re-indexed after its labels changed (queue full or shutting down);"
                            + " a rebuild of the index brings it up to date",
                    messageId);
        }
    }

    private void reindex(long messageId) {
        try {
            if (reindexer.reindex(messageId)) {
                index.refresh();
            }
        } catch (RuntimeException e) {
            log.error("Re-indexing message {} after its labels changed failed", messageId, e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }
}
