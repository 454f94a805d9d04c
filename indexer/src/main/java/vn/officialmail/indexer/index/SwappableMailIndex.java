package vn.officialmail.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.officialmail.indexer.IndexerException;
import vn.officialmail.indexer.search.SearchRequest;
import vn.officialmail.indexer.search.SearchResult;

/**
 * A {@link LuceneMailIndex} that can be rebuilt from scratch while it serves: the new index is
 * built aside, in {@code <dir>.rebuild}, and then swapped in with two directory renames.
 *
 * <p><b>Crash safety.</b> The live index is never touched until the new one is complete: it is
 * committed, closed, and a {@value #COMPLETE} file is written (and fsync'd) into it before the
 * swap. The swap renames {@code <dir>} to {@code <dir>.old} and {@code <dir>.rebuild} to {@code
 * <dir>}, then deletes the old one. {@link #open} finishes or discards whatever a crash left: an
 * aside index without {@value #COMPLETE} is deleted (the old index stays), a complete one is
 * swapped in, and a leftover {@code <dir>.old} is deleted.
 *
 * <p>Searches and writes wait during the swap itself (milliseconds); writes made to the live
 * index while the aside one is being filled are not carried over, so the caller re-indexes what
 * came after the rebuild's marker (see {@link MailIndex#lastCommitMarker()}).
 */
public final class SwappableMailIndex implements MailIndex {

    /** Written into a rebuilt index once it is complete; without it, a rebuild is discarded. */
    public static final String COMPLETE = "REBUILD-COMPLETE";

    private final Path dir;
    private final Path aside;
    private final Path old;
    private final ReentrantReadWriteLock swapLock = new ReentrantReadWriteLock();
    private final ReentrantLock rebuildLock = new ReentrantLock();
    private LuceneMailIndex current;

    private SwappableMailIndex(Path dir) {
        this.dir = dir;
        this.aside = dir.resolveSibling(dir.getFileName() + ".rebuild");
        this.old = dir.resolveSibling(dir.getFileName() + ".old");
    }

    /**
     * Opens the index in {@code dir}, first finishing or discarding a rebuild a crash interrupted.
     *
     * @param dir the index directory
     * @return the open index
     * @throws IndexerException if the directory cannot be opened or is locked by another writer
     */
    public static SwappableMailIndex open(Path dir) {
        Objects.requireNonNull(dir, "dir must not be null");
        SwappableMailIndex index = new SwappableMailIndex(dir.toAbsolutePath().normalize());
        index.recover();
        index.current = LuceneMailIndex.open(index.dir);
        return index;
    }

    /**
     * Builds a new index aside, filled by {@code fill}, and swaps it in; the live index keeps serving
     * until the swap. Only one rebuild runs at a time.
     *
     * @param fill writes every message into the index it is given and returns the commit marker of
     *     the rebuilt index (for example the highest message id it wrote)
     * @throws IllegalStateException if another rebuild is running
     * @throws IndexerException if building or swapping fails; the live index is then unchanged
     */
    public void rebuild(Function<MailIndex, String> fill) {
        if (!rebuildLock.tryLock()) {
            throw new IllegalStateException(
                    "Chỉ mục đang được xây dựng lại / a rebuild of the index is already running");
        }
        try {
            deleteTree(aside);
            String marker;
            try (LuceneMailIndex building = LuceneMailIndex.open(aside)) {
                marker = fill.apply(building);
                building.commit(marker);
            }
            markComplete();
            swapIn();
        } catch (IOException e) {
            throw new IndexerException("Failed to rebuild the mail index in " + aside, e);
        } finally {
            rebuildLock.unlock();
        }
    }

    private void markComplete() throws IOException {
        Path complete = aside.resolve(COMPLETE);
        Files.writeString(complete, "complete\n");
        try (var channel = FileChannel.open(complete, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private void swapIn() throws IOException {
        swapLock.writeLock().lock();
        try {
            current.close();
            try {
                renameCompleteAside();
            } catch (IOException e) {
                // put the old index back, so the gateway keeps a working index
                if (!Files.exists(dir) && Files.exists(old)) {
                    Files.move(old, dir, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            } finally {
                current = LuceneMailIndex.open(dir);
            }
        } finally {
            swapLock.writeLock().unlock();
        }
    }

    /** The two renames of a swap, then the clean-up; also what {@link #recover} finishes. */
    private void renameCompleteAside() throws IOException {
        if (Files.exists(dir)) {
            deleteTree(old);
            Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(aside, dir, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(dir.resolve(COMPLETE));
        deleteTree(old);
    }

    private void recover() {
        try {
            if (Files.isRegularFile(aside.resolve(COMPLETE))) {
                renameCompleteAside();
            } else {
                deleteTree(aside);
            }
            if (Files.exists(dir)) {
                deleteTree(old);
            } else if (Files.exists(old)) {
                Files.move(old, dir, StandardCopyOption.ATOMIC_MOVE); // a swap that failed half-way
            }
        } catch (IOException e) {
            throw new IndexerException("Failed to recover an interrupted rebuild of " + dir, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private <T> T read(Function<LuceneMailIndex, T> action) {
        swapLock.readLock().lock();
        try {
            return action.apply(current);
        } finally {
            swapLock.readLock().unlock();
        }
    }

    @Override
    public void index(IndexedMessage message) {
        read(index -> {
            index.index(message);
            return null;
        });
    }

    @Override
    public boolean relabel(long messageId, MessageLabels labels, Optional<String> registerNumber) {
        return read(index -> index.relabel(messageId, labels, registerNumber));
    }

    @Override
    public void delete(long messageId) {
        read(index -> {
            index.delete(messageId);
            return null;
        });
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return read(index -> index.search(request));
    }

    @Override
    public void refresh() {
        read(index -> {
            index.refresh();
            return null;
        });
    }

    @Override
    public void commit() {
        read(index -> {
            index.commit();
            return null;
        });
    }

    @Override
    public void commit(String marker) {
        read(index -> {
            index.commit(marker);
            return null;
        });
    }

    @Override
    public Optional<String> lastCommitMarker() {
        return read(LuceneMailIndex::lastCommitMarker);
    }

    @Override
    public boolean needsRebuild() {
        return read(LuceneMailIndex::needsRebuild);
    }

    @Override
    public long count() {
        return read(LuceneMailIndex::count);
    }

    @Override
    public void close() {
        swapLock.writeLock().lock();
        try {
            current.close();
        } finally {
            swapLock.writeLock().unlock();
        }
    }
}
