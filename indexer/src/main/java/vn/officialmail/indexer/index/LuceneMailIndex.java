package vn.officialmail.indexer.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import vn.officialmail.indexer.IndexerException;
import vn.officialmail.indexer.analysis.MailAnalyzer;
import vn.officialmail.indexer.search.QueryBuilder;
import vn.officialmail.indexer.search.SearchRequest;
import vn.officialmail.indexer.search.SearchResult;

/**
 * A {@link MailIndex} in a local Lucene directory, near-real-time: one {@link IndexWriter}, a {@link
 * SearcherManager} over it, reopened by {@link SearchDrivenRefresh} (thread {@code
 * mail-index-refresh[dir]}) so that a write is searchable within a second, without reopening while
 * no one searches.
 *
 * <p>Commits are Lucene commits: atomic and fsync'd. The commit marker is kept in the commit's user
 * data under {@value #MARKER_KEY}, so it is exactly as durable as the writes it covers. Hits are
 * sorted by relevance, then newest first. Only one process may open a directory at a time (Lucene's
 * write lock).
 */
public final class LuceneMailIndex implements MailIndex {

    /** Commit user-data key of the caller's marker. */
    public static final String MARKER_KEY = "officialmail.commit-marker";

    /** Commit user-data key of the field layout the index was written with. */
    public static final String SCHEMA_KEY = "officialmail.schema";

    /**
     * The field layout written by this version; an index with documents and another (or no) layout
     * must be rebuilt ({@link #needsRebuild()}). 2: labels (type, units, secrecy, state) and facets.
     * 3: recipients and attachment names, media types and outcomes stored, so a relabel can rebuild a
     * document from the index alone ({@link #relabel}).
     */
    public static final String SCHEMA_VERSION = "3";

    /**
     * Memory for documents not yet flushed to a segment. Lucene's 16 MB default flushed a small
     * segment every few thousand 5 KB messages, and each had to be merged again as the index grew
     * (docs/BENCHMARKS.md, "Index", session 5).
     */
    static final double RAM_BUFFER_MB = 64;

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SearchDrivenRefresh reopener;
    private final QueryBuilder queries;
    private final PageCollector pages;
    private final Object commitLock = new Object();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Optional<String> lastMarker;
    private volatile boolean outdated;

    private LuceneMailIndex(Path path, Directory directory, IndexWriter writer, Analyzer analyzer) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.analyzer = analyzer;
        Map<String, String> committed = committedUserData(directory);
        this.lastMarker = Optional.ofNullable(committed.get(MARKER_KEY));
        this.outdated = !SCHEMA_VERSION.equals(committed.get(SCHEMA_KEY)) && writer.getDocStats().numDocs > 0;
        this.searchers = new SearcherManager(writer, new SegmentParallelSearchers());
        this.queries = new QueryBuilder(analyzer);
        this.pages = new PageCollector(analyzer);
        this.reopener = new SearchDrivenRefresh(searchers, "mail-index-refresh[" + path.getFileName() + "]");
    }

    /**
     * Opens the index in a directory, creating the directory and an empty index if needed.
     *
     * @param dir the index directory
     * @return the open index; close it to commit and release the write lock
     * @throws IndexerException if the directory cannot be created or is locked by another writer
     */
    public static LuceneMailIndex open(Path dir) {
        Objects.requireNonNull(dir, "dir must not be null");
        Analyzer analyzer = new MailAnalyzer();
        Directory directory = null;
        IndexWriter writer = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB);
            writer = new IndexWriter(directory, config);
            return new LuceneMailIndex(dir, directory, writer, analyzer);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, directory, analyzer);
            throw new IndexerException("Failed to open the mail index in " + dir, e);
        }
    }

    @Override
    public void index(IndexedMessage message) {
        try {
            writer.updateDocument(MessageDocuments.idTerm(message.messageId()), MessageDocuments.toDocument(message));
        } catch (IOException e) {
            throw new IndexerException("Failed to index message " + message.messageId() + " in " + path, e);
        }
    }

    @Override
    public boolean relabel(long messageId, MessageLabels labels, Optional<String> registerNumber) {
        Objects.requireNonNull(labels, "labels must not be null");
        Objects.requireNonNull(registerNumber, "registerNumber must not be null (use Optional.empty())");
        if (outdated) {
            return false; // its documents may lack stored fields a rebuild from the index needs
        }
        try {
            Optional<IndexedMessage> current = storedMessage(messageId);
            if (current.isEmpty()) {
                return false;
            }
            IndexedMessage relabelled =
                    current.get().withRegisterNumber(registerNumber).withLabels(labels);
            writer.updateDocument(MessageDocuments.idTerm(messageId), MessageDocuments.toDocument(relabelled));
            return true;
        } catch (IOException e) {
            throw new IndexerException("Failed to relabel message " + messageId + " in " + path, e);
        }
    }

    /** The message as last written, even if not yet visible to searches. */
    private Optional<IndexedMessage> storedMessage(long messageId) throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(MessageDocuments.idTerm(messageId)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return MessageDocuments.fromStored(searcher.storedFields().document(top.scoreDocs[0].doc));
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void delete(long messageId) {
        try {
            writer.deleteDocuments(MessageDocuments.idTerm(messageId));
        } catch (IOException e) {
            throw new IndexerException("Failed to delete message " + messageId + " from " + path, e);
        }
    }

    @Override
    public SearchResult search(SearchRequest request) {
        Query query = queries.build(request);
        try {
            IndexSearcher searcher = acquireForSearch();
            try {
                return pages.collect(searcher, query, request);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new IndexerException("Failed to search " + path + " for " + request, e);
        }
    }

    /** The searcher for a search, reopened first if it may miss a write older than a second; release it. */
    private IndexSearcher acquireForSearch() throws IOException {
        reopener.beforeSearch();
        return searchers.acquire();
    }

    /** The searcher for another read (a count); it does not keep the reopening thread awake. */
    private IndexSearcher acquireForRead() throws IOException {
        reopener.beforeRead();
        return searchers.acquire();
    }

    @Override
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new IndexerException("Failed to refresh the searcher of " + path, e);
        }
    }

    @Override
    public void commit() {
        synchronized (commitLock) {
            commitWith(lastMarker, false);
        }
    }

    @Override
    public void commit(String marker) {
        Objects.requireNonNull(marker, "marker must not be null");
        synchronized (commitLock) {
            commitWith(Optional.of(marker), true);
            lastMarker = Optional.of(marker);
        }
    }

    /** {@code force}: write a commit even with no document changes, so a new marker is kept. */
    private void commitWith(Optional<String> marker, boolean force) {
        try {
            Map<String, String> userData = new HashMap<>();
            marker.ifPresent(m -> userData.put(MARKER_KEY, m));
            if (!outdated) {
                // an outdated index keeps saying so until it is rebuilt, across restarts
                userData.put(SCHEMA_KEY, SCHEMA_VERSION);
            }
            writer.setLiveCommitData(userData.entrySet(), force);
            writer.commit();
        } catch (IOException e) {
            throw new IndexerException("Failed to commit " + path + " with marker " + marker.orElse("(none)"), e);
        }
    }

    @Override
    public Optional<String> lastCommitMarker() {
        return lastMarker;
    }

    @Override
    public boolean needsRebuild() {
        return outdated;
    }

    @Override
    public long count() {
        try {
            IndexSearcher searcher = acquireForRead();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new IndexerException("Failed to count the messages of " + path, e);
        }
    }

    /** How many parts one search over the current searcher is split into (one per task). */
    int searchSlices() {
        try {
            IndexSearcher searcher = acquireForRead();
            try {
                return searcher.getSlices().length;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new IndexerException("Failed to read the searcher of " + path, e);
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            reopener.close();
            commit();
        } finally {
            try {
                IOUtils.close(searchers, writer, analyzer, directory);
            } catch (IOException e) {
                throw new IndexerException("Failed to close the mail index in " + path, e);
            }
        }
    }

    /**
     * Searchers that run one query over several segments at once. Searches come one at a time from a
     * user, so without this the second core sat idle while a query over a million messages walked
     * its segments one after the other.
     */
    private static final class SegmentParallelSearchers extends SearcherFactory {
        /** Shared by every index of the process (the live one and one being rebuilt); daemon threads. */
        private static final Executor SEGMENT_SEARCHES = Executors.newFixedThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()),
                Thread.ofPlatform().name("mail-index-search-", 0).daemon().factory());

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new IndexSearcher(reader, SEGMENT_SEARCHES);
        }
    }

    private static Map<String, String> committedUserData(Directory directory) throws IOException {
        return DirectoryReader.indexExists(directory)
                ? SegmentInfos.readLatestCommit(directory).getUserData()
                : Map.of();
    }
}
