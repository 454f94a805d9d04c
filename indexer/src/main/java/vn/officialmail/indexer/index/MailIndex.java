package vn.officialmail.indexer.index;

import java.io.Closeable;
import java.util.Optional;
import vn.officialmail.indexer.search.SearchRequest;
import vn.officialmail.indexer.search.SearchResult;

/**
 * The full-text index of messages and their attachments: write, search, make durable.
 *
 * <p><b>Visibility.</b> A write is searchable after {@link #refresh()}, and by itself within about a
 * second. <b>Durability.</b> A write is durable only after the next {@link #commit()} (or {@link
 * #close()}); after a crash, everything written since the last commit is lost. The caller therefore
 * commits periodically with a marker ({@link #commit(String)}, for example the id or time of the
 * last message written), reads it back after a restart with {@link #lastCommitMarker()} and
 * re-indexes what came after it; {@link #index} is idempotent, so re-indexing twice does no harm.
 *
 * <p>Implementations are safe for concurrent use. Failures of the index itself are reported as
 * {@link vn.officialmail.indexer.IndexerException}.
 */
public interface MailIndex extends Closeable {

    /**
     * Adds a message, or replaces the one with the same {@link IndexedMessage#messageId()}.
     *
     * @param message the message to index
     */
    void index(IndexedMessage message);

    /**
     * Changes what people decided about an indexed message, its labels and its register number,
     * keeping everything else as it was indexed: the document is rebuilt from the index's own stored
     * fields, so no attachment is read or extracted again (seconds for a scanned PDF). The change is
     * visible and durable as any write ({@link #refresh()}, {@link #commit()}).
     *
     * @param messageId the id it was indexed with
     * @param labels the new labels
     * @param registerNumber the register number, empty when not registered
     * @return false, changing nothing, when the message is not in the index or was written with an
     *     older field layout: the caller then indexes it in full ({@link #index})
     */
    boolean relabel(long messageId, MessageLabels labels, Optional<String> registerNumber);

    /**
     * Removes a message; nothing happens if it is not in the index.
     *
     * @param messageId the id it was indexed with
     */
    void delete(long messageId);

    /**
     * Searches the messages visible now.
     *
     * @param request the query, page and filters
     * @return the page of hits and the total
     */
    SearchResult search(SearchRequest request);

    /** Makes every write made so far visible to searches now, without waiting for the background refresh. */
    void refresh();

    /** Makes every write made so far durable, keeping the last commit marker. */
    void commit();

    /**
     * Makes every write made so far durable and records a marker with it, atomically.
     *
     * @param marker the caller's position, for example the id of the last message written
     */
    void commit(String marker);

    /**
     * The marker of the last commit that had one, including commits from before a restart.
     *
     * @return the marker, or empty if no commit ever carried one
     */
    Optional<String> lastCommitMarker();

    /**
     * Tells whether the index holds messages written with an older field layout, which searches
     * cannot filter or restrict correctly: the caller must rebuild it from its sources.
     *
     * @return true when a rebuild is needed
     */
    boolean needsRebuild();

    /**
     * Counts the messages visible now.
     *
     * @return the number of messages
     */
    long count();

    /** Commits (keeping the last marker) and releases the index; later calls fail. */
    @Override
    void close();
}
