package vn.officialmail.indexer.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The process that parses attachments for {@link TextExtractor}, so that a parser that loops,
 * allocates without end or crashes takes only this process down: the gateway stops it at the time
 * limit and starts another. Reads requests on standard input and answers on standard output ({@link
 * WorkerProtocol}); ends when standard input closes. Not for operators to start by hand.
 */
public final class ExtractionWorker {

    /** Exit status when the gateway is gone. */
    static final int EXIT_ORPHANED = 70;

    /** Exit status when a parse outlasted the time limit and the gateway did not stop it. */
    static final int EXIT_OVERTIME = 71;

    /** The gateway stops a worker at the limit; the worker stops itself only well after. */
    private static final Duration GRACE = Duration.ofSeconds(30);

    private ExtractionWorker() {}

    /** Halts the worker when one parse runs longer than the limit. */
    private static final class Watchdog {
        private final Duration limit;
        private volatile long startedAt;

        Watchdog(Duration limit) {
            this.limit = limit;
            Thread.ofPlatform().daemon().name("extraction-worker-watchdog").start(this::watch);
        }

        void started() {
            startedAt = System.nanoTime();
        }

        void finished() {
            startedAt = 0;
        }

        private void watch() {
            while (true) {
                long since = startedAt;
                if (since != 0 && System.nanoTime() - since > limit.toNanos()) {
                    Runtime.getRuntime().halt(EXIT_OVERTIME);
                }
                LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
            }
        }
    }

    /**
     * Serves requests until standard input closes.
     *
     * @param args the settings, as {@link WorkerProtocol#arguments} writes them
     * @throws IOException when the pipe to the gateway breaks
     */
    public static void main(String[] args) throws IOException {
        // Parsers and libraries may print; only the protocol may use the real standard output.
        DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err);
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        Map<String, String> settings = WorkerProtocol.parseArguments(args);
        ExtractionLimits limits = WorkerProtocol.limits(settings);
        // A hung parser never reads standard input again, so a worker could outlive a gateway that was
        // killed: it ends when its parent does, and when a parse outlasts the gateway's own limit.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit()
                .thenRun(() -> Runtime.getRuntime().halt(EXIT_ORPHANED)));
        Watchdog watchdog = new Watchdog(limits.partTimeout().plus(GRACE));
        TikaPartParser parser = new TikaPartParser(limits, WorkerProtocol.ocr(settings));
        out.writeInt(WorkerProtocol.READY);
        WorkerProtocol.writeString(out, parser.ocrUnavailable().orElse(""));
        out.flush();
        for (WorkerProtocol.Request request = WorkerProtocol.readRequest(in, limits);
                request != null;
                request = WorkerProtocol.readRequest(in, limits)) {
            watchdog.started();
            List<ExtractedPart> parts = parser.parse(request.content(), request.fileName(), request.mediaType());
            watchdog.finished();
            WorkerProtocol.writeResponse(out, parts);
        }
    }
}
