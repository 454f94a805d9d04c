package vn.officialmail.gateway.spool;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable spool between the listener and the pipeline. {@link #append} returns only when the
 * record is on the storage device, so the listener may answer 250 (RFC 5321 §6.1: a server that
 * accepts a message takes responsibility for it).
 *
 * <p>Records are appended to segment files. One syncer thread forces the file for everything
 * written since its last force, so concurrent sessions share one fsync (group commit). A new
 * segment's directory entry is forced before any record in it can be acknowledged. After a
 * restart every record without a done mark is handed to the workers again.
 */
public final class Spool implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(Spool.class);
    private static final int CACHE_LIMIT_PER_MESSAGE = 512 * 1024;
    private static final long CACHE_BUDGET = 256L * 1024 * 1024;

    private final Path dir;
    private final SpoolDurability durability;
    private final SpoolSettings settings;
    private final String idPrefix;
    private final Map<Long, SpoolSegment> segments = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<SpoolEntry> ready = new LinkedBlockingQueue<>();
    private final Map<String, byte[]> rawCache = new ConcurrentHashMap<>();
    private final AtomicLong cachedBytes = new AtomicLong();
    private final AtomicInteger pending = new AtomicInteger();

    private final Object writeLock = new Object();
    private SpoolSegment current;
    private long nextSegmentNumber;

    private final ReentrantLock syncLock = new ReentrantLock();
    private final Condition written = syncLock.newCondition();
    private final Condition synced = syncLock.newCondition();
    private final List<SpoolSegment> dirty = new ArrayList<>();
    private long writtenTicket;
    private long syncedTicket;
    private IOException lastFailure;
    private volatile boolean closed;
    private final Thread syncer;

    private Spool(Path dir, SpoolSettings settings, SpoolDurability durability) {
        this.dir = dir;
        this.settings = settings;
        this.durability = durability;
        this.idPrefix = Long.toString(System.currentTimeMillis(), 36);
        this.syncer = Thread.ofPlatform().name("spool-syncer").daemon().unstarted(this::syncLoop);
    }

    /** Opens the spool in {@code dir}, queueing every unfinished record found there for replay. */
    public static Spool open(Path dir, SpoolSettings settings, SpoolDurability durability) throws IOException {
        Files.createDirectories(dir);
        Spool spool = new Spool(dir, settings, durability);
        spool.recover();
        spool.syncer.start();
        return spool;
    }

    /**
     * Writes one message and returns once it is durable.
     *
     * @throws SpoolFullException when the disk is nearly full or the backlog is over its limit
     * @throws IOException when the write or the force failed: the message is not accepted
     */
    public SpoolEntry append(Envelope envelope, byte[] raw) throws IOException {
        checkCapacity(raw.length);
        SpoolEntry entry;
        long ticket;
        SpoolSegment segment;
        synchronized (writeLock) {
            if (closed) {
                throw new IOException("The spool is closed");
            }
            if (failed()) {
                throw new IOException("The spool stopped accepting after a failed fsync", lastFailure);
            }
            segment = currentSegment(raw.length);
            int ordinal = segment.nextOrdinal();
            String id = idPrefix + "-" + segment.number() + "-" + ordinal;
            SpoolRecordCodec.Encoded encoded = SpoolRecordCodec.encode(id, envelope, raw);
            long offset = segment.append(encoded.buffer());
            entry = new SpoolEntry(
                    id, segment.number(), ordinal, offset + encoded.rawOffsetInRecord(), raw.length, envelope);
            ticket = registerWrite(segment);
        }
        awaitDurable(ticket);
        cache(entry, raw);
        pending.incrementAndGet();
        ready.add(entry);
        return entry;
    }

    /** Fails fast, before the client sends DATA, when the message could not be accepted anyway. */
    public void checkCapacity(long incomingBytes) throws IOException {
        if (pending.get() >= settings.maxPending()) {
            throw new SpoolFullException(
                    "Too many messages wait for processing (" + pending.get() + " ≥ " + settings.maxPending() + ")");
        }
        long usable = Files.getFileStore(dir).getUsableSpace();
        if (usable - incomingBytes < settings.minFreeSpace().toBytes()) {
            throw new SpoolFullException("The spool disk is nearly full: " + usable + " bytes free at " + dir);
        }
    }

    /** Takes the next message to process, waiting up to the timeout. */
    public Optional<SpoolEntry> take(long timeout, TimeUnit unit) throws InterruptedException {
        return Optional.ofNullable(ready.poll(timeout, unit));
    }

    /** Takes up to {@code max} messages: waits for the first, then takes what is already waiting. */
    public List<SpoolEntry> takeBatch(int max, long timeout, TimeUnit unit) throws InterruptedException {
        SpoolEntry first = ready.poll(timeout, unit);
        if (first == null) {
            return List.of();
        }
        List<SpoolEntry> batch = new ArrayList<>(max);
        batch.add(first);
        ready.drainTo(batch, max - 1);
        return batch;
    }

    /** Puts an entry back for a later attempt (its processing failed for a passing reason). */
    public void requeue(SpoolEntry entry) {
        ready.add(entry);
    }

    /** The raw bytes of a spooled message, bit for bit as received. */
    public byte[] read(SpoolEntry entry) throws IOException {
        byte[] cached = rawCache.get(entry.id());
        if (cached != null) {
            return cached;
        }
        SpoolSegment segment = segments.get(entry.segment());
        if (segment == null) {
            throw new IOException("Spool segment " + entry.segment() + " of " + entry.id() + " is gone");
        }
        return segment.read(entry.rawOffset(), entry.rawLength());
    }

    /** Records that the message is fully processed; a finished, sealed segment is deleted. */
    public void markDone(SpoolEntry entry) throws IOException {
        byte[] cached = rawCache.remove(entry.id());
        if (cached != null) {
            cachedBytes.addAndGet(-cached.length);
        }
        pending.decrementAndGet();
        SpoolSegment segment = segments.get(entry.segment());
        if (segment != null && segment.markDone(entry.ordinal())) {
            deleteSegment(segment);
        }
    }

    private boolean failed() {
        syncLock.lock();
        try {
            return lastFailure != null;
        } finally {
            syncLock.unlock();
        }
    }

    /** Messages spooled and not yet marked done. */
    public int pending() {
        return pending.get();
    }

    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
            closed = true;
        }
        syncLock.lock();
        try {
            written.signalAll();
        } finally {
            syncLock.unlock();
        }
        syncer.interrupt();
        try {
            syncer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (SpoolSegment segment : segments.values()) {
            segment.close();
        }
    }

    private SpoolSegment currentSegment(int rawLength) throws IOException {
        if (current != null
                && current.size() + rawLength > settings.segmentSize().toBytes()
                && current.size() > 0) {
            current.seal();
            SpoolSegment sealed = current;
            current = null;
            if (sealed.isFinished()) {
                deleteSegment(sealed);
            }
        }
        if (current == null) {
            current = SpoolSegment.create(dir, nextSegmentNumber++);
            // The new file's name must be durable before any record in it is acknowledged.
            durability.forceDirectory(dir);
            segments.put(current.number(), current);
        }
        return current;
    }

    private long registerWrite(SpoolSegment segment) {
        syncLock.lock();
        try {
            if (!dirty.contains(segment)) {
                dirty.add(segment);
            }
            long ticket = ++writtenTicket;
            written.signal();
            return ticket;
        } finally {
            syncLock.unlock();
        }
    }

    private void awaitDurable(long ticket) throws IOException {
        syncLock.lock();
        try {
            while (syncedTicket < ticket && lastFailure == null) {
                if (closed) {
                    throw new IOException("The spool closed before the message was durable");
                }
                synced.awaitUninterruptibly();
            }
            if (syncedTicket < ticket) {
                throw new IOException("The spool could not force the message to disk", lastFailure);
            }
        } finally {
            syncLock.unlock();
        }
    }

    private void syncLoop() {
        while (true) {
            List<SpoolSegment> batch;
            long target;
            syncLock.lock();
            try {
                while (writtenTicket <= syncedTicket || lastFailure != null) {
                    if (closed) {
                        return;
                    }
                    written.awaitUninterruptibly();
                }
                target = writtenTicket;
                batch = new ArrayList<>(dirty);
                dirty.clear();
            } finally {
                syncLock.unlock();
            }
            pauseToGather();
            syncLock.lock();
            try {
                // Writes that arrived during the pause ride along with this force.
                target = writtenTicket;
                for (SpoolSegment segment : dirty) {
                    if (!batch.contains(segment)) {
                        batch.add(segment);
                    }
                }
                dirty.clear();
            } finally {
                syncLock.unlock();
            }
            IOException failure = forceAll(batch);
            syncLock.lock();
            try {
                if (failure == null) {
                    syncedTicket = target;
                } else {
                    // After a failed fsync the kernel may have dropped the dirty pages and a later
                    // fsync can succeed without them, so the spool stops accepting (fail-stop, as
                    // PostgreSQL does) until an operator restarts it and recovery re-reads the disk.
                    lastFailure = failure;
                    log.error(
                            "Spool fsync failed: {} unacknowledged message(s) refused; the spool accepts nothing more until restart",
                            target - syncedTicket,
                            failure);
                }
                synced.signalAll();
            } finally {
                syncLock.unlock();
            }
        }
    }

    private void pauseToGather() {
        long nanos = settings.maxGroupCommitDelay().toNanos();
        if (nanos > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(nanos);
        }
    }

    private IOException forceAll(List<SpoolSegment> batch) {
        for (SpoolSegment segment : batch) {
            try {
                durability.force(segment.channel());
            } catch (IOException | RuntimeException e) {
                return e instanceof IOException io ? io : new IOException(e);
            }
        }
        return null;
    }

    private void cache(SpoolEntry entry, byte[] raw) {
        if (raw.length <= CACHE_LIMIT_PER_MESSAGE && cachedBytes.addAndGet(raw.length) <= CACHE_BUDGET) {
            rawCache.put(entry.id(), raw);
        } else if (raw.length <= CACHE_LIMIT_PER_MESSAGE) {
            cachedBytes.addAndGet(-raw.length);
        }
    }

    private void deleteSegment(SpoolSegment segment) throws IOException {
        segments.remove(segment.number());
        segment.closeAndDelete();
    }

    private void recover() throws IOException {
        TreeMap<Long, Path> found = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "segment-*.spool")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                found.put(Long.parseLong(name.substring(8, name.length() - 6)), file);
            }
        }
        int replayed = 0;
        for (long number : found.keySet()) {
            replayed += recoverSegment(number);
            nextSegmentNumber = number + 1;
        }
        if (replayed > 0) {
            log.info("Spool recovery: {} unfinished message(s) queued again from {}", replayed, dir);
        }
    }

    private int recoverSegment(long number) throws IOException {
        SpoolSegment segment = SpoolSegment.reopen(dir, number);
        BitSet done = readDone(segment.doneFile());
        long size = segment.size();
        long offset = 0;
        int ordinal = 0;
        int replayed = 0;
        while (true) {
            SpoolRecordCodec.Decoded record = SpoolRecordCodec.decode(segment, offset, size);
            if (record == null) {
                break;
            }
            if (!done.get(ordinal)) {
                ready.add(new SpoolEntry(
                        record.id(), number, ordinal, record.rawOffset(), record.rawLength(), record.envelope()));
                pending.incrementAndGet();
                replayed++;
            }
            ordinal++;
            offset = record.nextOffset();
        }
        if (offset < size) {
            // A torn tail: never acknowledged (its force never completed), so it can go.
            log.warn(
                    "Spool segment {}: dropping {} bytes of an incomplete record at offset {}",
                    number,
                    size - offset,
                    offset);
            segment.channel().truncate(offset);
        }
        segment.countReplayed(ordinal);
        segment.countFinished(ordinal - replayed);
        if (segment.isFinished()) {
            segment.closeAndDelete();
        } else {
            segments.put(number, segment);
        }
        return replayed;
    }

    private static BitSet readDone(Path doneFile) throws IOException {
        BitSet done = new BitSet();
        if (!Files.exists(doneFile)) {
            return done;
        }
        try (InputStream in = Files.newInputStream(doneFile)) {
            byte[] bytes = in.readAllBytes();
            for (int i = 0; i + 3 < bytes.length; i += 4) {
                int ordinal = ((bytes[i] & 0xff) << 24)
                        | ((bytes[i + 1] & 0xff) << 16)
                        | ((bytes[i + 2] & 0xff) << 8)
                        | (bytes[i + 3] & 0xff);
                done.set(ordinal);
            }
        }
        return done;
    }
}
