package vn.officialmail.gateway.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.dossier.DestroyedMessages;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.indexer.index.MailIndex;
import vn.officialmail.indexer.index.SwappableMailIndex;

/**
 * Rebuilds the whole search index from the message records and their originals in the blob store
 * (every accepted message, registered or not), aside, then swaps it in ({@link SwappableMailIndex}):
 * a crash or a failure leaves the old index in place. A message whose original cannot be read or
 * parsed is still indexed, from its record alone (subject, sender, recipients, labels), and counted
 * as degraded. Messages recorded while the rebuild ran are re-indexed after the swap by the
 * catch-up of {@link IndexMaintenance}. Used by {@code official-mail reindex} and {@code POST
 * /api/index/rebuild}.
 */
@Service
public final class IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);
    private static final int BATCH = 500;
    private static final int MAX_LISTED = 100;

    /**
     * Where the last rebuild stands.
     *
     * @param state {@code IDLE} (none since the start), {@code RUNNING}, {@code DONE} or {@code FAILED}
     * @param startedAt when it started
     * @param finishedAt when it ended
     * @param messages messages written into the new index so far
     * @param degraded messages indexed from their record only, their original being unreadable
     * @param degradedIds the first {@value #MAX_LISTED} of them
     * @param error why it failed (the old index was kept)
     */
    public record Status(
            String state,
            Optional<Instant> startedAt,
            Optional<Instant> finishedAt,
            long messages,
            long degraded,
            List<Long> degradedIds,
            Optional<String> error) {

        static final Status IDLE =
                new Status("IDLE", Optional.empty(), Optional.empty(), 0, 0, List.of(), Optional.empty());
    }

    private final SwappableMailIndex index;
    private final MessageRecords records;
    private final Reindexer reindexer;
    private final DestroyedMessages destroyedMessages;
    private final MessageIndexing indexing;
    private final IndexMaintenance maintenance;
    private final AuditLog audit;
    private final Clock clock;
    private final SearchLabels labels;
    private final AtomicReference<Status> status = new AtomicReference<>(Status.IDLE);

    public IndexRebuild(
            SwappableMailIndex index,
            MessageRecords records,
            Reindexer reindexer,
            DestroyedMessages destroyedMessages,
            MessageIndexing indexing,
            IndexMaintenance maintenance,
            AuditLog audit,
            Clock clock,
            SearchLabels labels) {
        this.index = index;
        this.records = records;
        this.reindexer = reindexer;
        this.destroyedMessages = destroyedMessages;
        this.indexing = indexing;
        this.maintenance = maintenance;
        this.audit = audit;
        this.clock = clock;
        this.labels = labels;
    }

    public Status status() {
        return status.get();
    }

    /**
     * An index written with an older field layout has no labels, so units and secrecy cannot be
     * enforced in it: it is rebuilt in the background at the start, and meanwhile searches of
     * users restricted to a unit are refused ({@link SearchController}).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void rebuildIfOutdated() {
        if (index.needsRebuild() && !status.get().state().equals("RUNNING")) {
            log.warn("The search index was written with an older field layout; rebuilding it in the background");
            try {
                start("gateway");
            } catch (IllegalStateException alreadyRunning) {
                // someone else started it in the meantime
            }
        }
    }

    /** Waits until no rebuild runs (the command line's {@code reindex} after a start-up rebuild). */
    public void awaitIdle() throws InterruptedException {
        while (status.get().state().equals("RUNNING")) {
            Thread.sleep(200);
        }
    }

    /**
     * Starts a rebuild in the background.
     *
     * @param actor who asked, for the audit log
     * @return the status at the start
     * @throws IllegalStateException if a rebuild is already running
     */
    public Status start(String actor) {
        Status running = begin();
        Thread.ofPlatform().name("index-rebuild").daemon().start(() -> run(actor));
        return running;
    }

    /**
     * Rebuilds now, in the calling thread.
     *
     * @param actor who asked, for the audit log
     * @return how it ended
     * @throws IllegalStateException if a rebuild is already running
     */
    public Status rebuild(String actor) {
        begin();
        return run(actor);
    }

    private synchronized Status begin() {
        if (status.get().state().equals("RUNNING")) {
            throw new IllegalStateException(
                    "Chỉ mục đang được xây dựng lại / a rebuild of the index is already running");
        }
        Status running = new Status(
                "RUNNING", Optional.of(clock.instant()), Optional.empty(), 0, 0, List.of(), Optional.empty());
        status.set(running);
        labels.rebuildStarted();
        return running;
    }

    private Status run(String actor) {
        Instant started = status.get().startedAt().orElseThrow();
        long[] counts = {0, 0};
        List<Long> degradedIds = new ArrayList<>();
        try {
            index.rebuild(aside -> fill(aside, started, counts, degradedIds));
            maintenance.catchUp();
            Status done = new Status(
                    "DONE",
                    Optional.of(started),
                    Optional.of(clock.instant()),
                    counts[0],
                    counts[1],
                    List.copyOf(degradedIds),
                    Optional.empty());
            status.set(done);
            audit.record(
                    actor,
                    "index-rebuilt",
                    "index",
                    "mail",
                    Map.of("messages", Long.toString(counts[0]), "degraded", Long.toString(counts[1])));
            log.info("Index rebuilt: {} message(s), {} from their record only", counts[0], counts[1]);
            return done;
        } catch (RuntimeException e) {
            log.error("Index rebuild failed; the previous index is kept", e);
            Status failed = new Status(
                    "FAILED",
                    Optional.of(started),
                    Optional.of(clock.instant()),
                    counts[0],
                    counts[1],
                    List.copyOf(degradedIds),
                    Optional.of(String.valueOf(e.getMessage())));
            status.set(failed);
            return failed;
        } finally {
            labels.rebuildFinished();
        }
    }

    /** Writes every record into the new index; returns the highest id written, the new index's marker. */
    private String fill(MailIndex aside, Instant started, long[] counts, List<Long> degradedIds) {
        long after = 0;
        List<Long> ids;
        while (!(ids = records.idsAfter(after, BATCH)).isEmpty()) {
            // destroyed with their dossier: not to be found again
            Set<Long> destroyed = destroyedMessages.between(ids.get(0), ids.get(ids.size() - 1));
            for (long id : ids) {
                if (destroyed.contains(id)) {
                    continue;
                }
                Reindexer.Found found = reindexer.factsOrRecordOnly(id);
                if (found.recordOnly()) {
                    counts[1]++;
                    if (degradedIds.size() < MAX_LISTED) {
                        degradedIds.add(id);
                    }
                }
                found.facts().ifPresent(f -> aside.index(indexing.toIndexed(f)));
                counts[0]++;
            }
            after = ids.get(ids.size() - 1);
            status.set(new Status(
                    "RUNNING",
                    Optional.of(started),
                    Optional.empty(),
                    counts[0],
                    counts[1],
                    List.copyOf(degradedIds),
                    Optional.empty()));
        }
        return Long.toString(after);
    }
}
