package vn.officialmail.gateway.search;

import jakarta.annotation.PreDestroy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.officialmail.indexer.index.MailIndex;

/**
 * Brings a message's index entry up to date when a person changes what search labels it by: a
 * quarantine release or rejection (state), a review-queue confirmation (type, register number) or
 * dismissal (no type). Callers publish {@link LabelsChanged} inside their transaction; once it
 * commits the message's labels and register number are rewritten in the index from its record, its
 * text and attachments kept as the index holds them ({@link MessageRelabelling}), and made
 * searchable at once.
 *
 * <p>The work runs on one background thread ({@code search-labels}) so that a decision is not held
 * up by the index; a message is searchable with its new labels well within a second.
 *
 * <p><b>Durability.</b> The index's periodic commit and its catch-up at start ({@link
 * IndexMaintenance}) cover new messages, not a decision on an older one. So the change is recorded
 * in the deciding transaction ({@link PendingLabelChanges}), the index is committed right after the
 * relabel and before it is made visible (a decision is rare: one fsync'd commit each costs
 * milliseconds), and the record is removed only then; changes a crash left pending are applied at
 * the next start. A change made while the index is being rebuilt stays pending until it is applied
 * again after the swap ({@link IndexRebuild}), since the rebuilt index may have read the message
 * before the change.
 */
@Service
public final class SearchLabels {

    private static final Logger log = LoggerFactory.getLogger(SearchLabels.class);

    /** Pending relabels; far more than people can decide between two runs. */
    private static final int QUEUE = 10_000;

    private final MessageRelabelling relabelling;
    private final PendingLabelChanges pending;
    private final MailIndex index;
    private final ExecutorService worker;
    private final Set<Long> changedDuringRebuild = new LinkedHashSet<>();
    private boolean rebuilding;

    SearchLabels(MessageRelabelling relabelling, PendingLabelChanges pending, MailIndex index) {
        this.relabelling = relabelling;
        this.pending = pending;
        this.index = index;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), task -> {
            Thread thread = new Thread(task, "search-labels");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The labels of a message change: recorded in the publishing transaction, so a crash cannot lose it. */
    @EventListener
    public void changing(LabelsChanged event) {
        pending.add(event.messageId());
    }

    /**
     * The labels of a message changed: relabel it after the publishing transaction commits (at
     * once without one). Nothing happens if the transaction rolls back.
     */
    @TransactionalEventListener(fallbackExecution = true)
    public void changed(LabelsChanged event) {
        submit(event.messageId());
    }

    /** At start: applies the changes a crash (or a full queue) left before their index commit. */
    @EventListener(ApplicationReadyEvent.class)
    public void catchUp() {
        List<Long> left = pending.messages();
        if (!left.isEmpty()) {
            log.info("Relabelling {} message(s) whose label change the index did not commit", left.size());
            left.forEach(this::submit);
        }
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
            worker.execute(() -> relabel(messageId));
        } catch (RejectedExecutionException e) {
            log.warn(
                    "Message {} not relabelled in the index after its labels changed (queue full or shutting"
                            + " down); the change stays pending and is applied at the next start",
                    messageId);
        }
    }

    private void relabel(long messageId) {
        try {
            long newest = pending.newestOf(messageId);
            if (relabelling.relabel(messageId)) {
                index.commit(); // before refresh: a change anyone has seen is durable
                index.refresh();
            }
            if (!rebuildRunning()) {
                pending.done(messageId, newest);
            }
        } catch (RuntimeException e) {
            log.error("Relabelling message {} in the index after its labels changed failed", messageId, e);
        }
    }

    private synchronized boolean rebuildRunning() {
        return rebuilding;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }
}
