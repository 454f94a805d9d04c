package vn.officialmail.gateway.processing;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.officialmail.gateway.spool.Spool;
import vn.officialmail.gateway.spool.SpoolEntry;

/**
 * Tells the spool that messages are finished only once what the pipeline committed for them is on
 * the storage device. The spool's done marks are written without fsync and may reach the disk
 * before the database's own pages; with a database that does not force its commits (H2), a crash
 * of the machine could then keep the done mark and lose the commit, and the message would be
 * neither processed nor replayed. So, on such a database, finished messages are collected and, at
 * most every {@code interval}, the database is forced first and the marks written after.
 */
public final class FinishedMessages implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FinishedMessages.class);

    private final Spool spool;
    private final DatabaseDurability database;
    private final long intervalMillis;
    private final LinkedBlockingQueue<SpoolEntry> awaitingSync = new LinkedBlockingQueue<>();
    private final Thread marker;
    private volatile boolean closed;

    public FinishedMessages(Spool spool, DatabaseDurability database, long intervalMillis) {
        this.spool = spool;
        this.database = database;
        this.intervalMillis = intervalMillis;
        this.marker = Thread.ofPlatform().name("spool-done-marker").daemon().unstarted(this::markLoop);
        if (!database.durableAtCommit()) {
            marker.start();
        }
    }

    /** The messages' transactions have committed (or they were kept as errors). */
    public void finished(List<SpoolEntry> entries) throws IOException {
        if (database.durableAtCommit()) {
            for (SpoolEntry entry : entries) {
                spool.markDone(entry);
            }
        } else {
            awaitingSync.addAll(entries);
        }
    }

    private void markLoop() {
        while (!closed) {
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return; // close() flushes what is left
            }
            flush();
        }
    }

    /** Forces the database, then marks everything finished before the force as done. */
    synchronized void flush() {
        List<SpoolEntry> batch = new ArrayList<>();
        awaitingSync.drainTo(batch);
        if (batch.isEmpty()) {
            return;
        }
        try {
            database.sync();
            for (SpoolEntry entry : batch) {
                spool.markDone(entry);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            // Not marked done: at worst they are replayed after a restart, which is harmless.
            log.error("Cannot force the database to disk; {} finished message(s) stay in the spool", batch.size(), e);
            awaitingSync.addAll(batch);
        }
    }

    @Override
    public void close() {
        closed = true;
        marker.interrupt();
        try {
            marker.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
