package vn.officialmail.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;

/**
 * Keeps the searcher fresh enough that every write is searchable within {@link #VISIBILITY_NANOS one
 * second}, reopening it only while someone searches.
 *
 * <p>Each reopen flushes the writer's buffered documents into a new small segment, which Lucene then
 * merges again and again as the index grows. Reopening twice a second whether or not anyone searched
 * cost a third of the CPU of a bulk load (a {@code reindex}, an import) for searchers nobody read.
 * So: while searches come (one within {@link #ACTIVE_NANOS a minute}), a daemon thread reopens every
 * half second, as before; after a quiet spell it stops, and the first search that finds the searcher
 * older than the visibility bound reopens it itself before it runs (one flush, then the thread is
 * back). A search therefore never misses a write older than a second, whoever reopened.
 */
final class SearchDrivenRefresh implements Closeable {

    /** A write older than this is always visible to a search. */
    static final long VISIBILITY_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** How often the thread reopens while searches come; half the bound leaves room for the reopen itself. */
    static final long PERIOD_NANOS = VISIBILITY_NANOS / 2;

    /** How long after the last search the thread keeps reopening. */
    static final long ACTIVE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final SearcherManager searchers;
    private final Thread thread;
    private volatile boolean closed;
    private volatile long lastSearch;
    /** Start of the newest finished reopen: the searcher holds every write made before it. */
    private volatile long freshAsOf;
    /** Start of the reopen under way; written and read only under the manager's refresh lock. */
    private long reopenStart;

    SearchDrivenRefresh(SearcherManager searchers, String name) {
        this.searchers = searchers;
        long now = System.nanoTime();
        this.lastSearch = now - ACTIVE_NANOS - 1;
        this.freshAsOf = now;
        searchers.addListener(new ReferenceManager.RefreshListener() {
            @Override
            public void beforeRefresh() {
                reopenStart = System.nanoTime();
            }

            @Override
            public void afterRefresh(boolean didRefresh) {
                freshAsOf = reopenStart;
            }
        });
        this.thread = Thread.ofPlatform().name(name).daemon().unstarted(this::reopenWhileSearched);
        thread.start();
    }

    /**
     * Called before every search: records it (so the thread keeps reopening for a minute) and makes
     * sure the searcher holds every write older than the visibility bound.
     *
     * @throws IOException if a reopen fails
     */
    void beforeSearch() throws IOException {
        lastSearch = System.nanoTime();
        beforeRead();
    }

    /**
     * Called before any other read of the searcher (a count): when the searcher may miss a write
     * older than the visibility bound, reopens it first, waiting for a reopen under way. Does not wake
     * the thread: counting is not a user searching.
     *
     * @throws IOException if the reopen fails
     */
    void beforeRead() throws IOException {
        if (System.nanoTime() - freshAsOf > VISIBILITY_NANOS) {
            // cheap when nothing changed: no reader is opened, only the freshness time moves on
            searchers.maybeRefreshBlocking();
        }
    }

    private void reopenWhileSearched() {
        while (!closed) {
            LockSupport.parkNanos(PERIOD_NANOS);
            if (closed || System.nanoTime() - lastSearch > ACTIVE_NANOS) {
                continue;
            }
            try {
                searchers.maybeRefresh();
            } catch (IOException | RuntimeException e) {
                // the next search reopens (and reports) itself; a closed writer ends the thread below
                if (closed) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
