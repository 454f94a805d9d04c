package vn.officialmail.indexer.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One running {@link ExtractionWorker} and the pipes to it. Each answer is awaited on a short-lived
 * reader thread so that the time limit holds whatever the worker does; a worker over its time, or
 * one that broke the protocol or died, is stopped and must not be used again.
 */
final class WorkerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final DataOutputStream out;
    private final DataInputStream in;
    private final ExtractionLimits limits;
    private final String ocrUnavailable;
    private final StderrTail stderr;

    private WorkerProcess(Process process, ExtractionLimits limits) throws WorkerFailure {
        this.process = process;
        this.limits = limits;
        this.stderr = StderrTail.of(process.getErrorStream());
        this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        this.ocrUnavailable = await(
                () -> {
                    WorkerProtocol.expect(in.readInt(), WorkerProtocol.READY);
                    return WorkerProtocol.readString(in, 64 * 1024);
                },
                START_TIMEOUT,
                "start");
    }

    static WorkerProcess start(WorkerLaunch launch, ExtractionLimits limits, OcrSettings ocr) throws WorkerFailure {
        List<String> command = new ArrayList<>(launch.command());
        command.addAll(WorkerProtocol.arguments(limits, ocr));
        Process process;
        try {
            // Standard error is drained by StderrTail: its end goes into the reason when the worker dies.
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new WorkerFailure("extraction worker could not start: " + e.getMessage());
        }
        try {
            return new WorkerProcess(process, limits);
        } catch (WorkerFailure e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Why OCR cannot run in this worker, empty when it can. */
    String ocrUnavailable() {
        return ocrUnavailable;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Has the worker extract one attachment.
     *
     * @throws WorkerFailure when the worker ran out of time, died or broke the protocol; it is then
     *     stopped
     */
    List<ExtractedPart> extract(byte[] content, String fileName, String mediaType) throws WorkerFailure {
        stderr.mark(); // the reason tells what this attachment made the worker say
        try {
            WorkerProtocol.writeRequest(out, content, fileName, mediaType);
        } catch (IOException e) {
            throw new WorkerFailure(died("while receiving the attachment"));
        }
        return await(() -> WorkerProtocol.readResponse(in, limits), limits.partTimeout(), "extract");
    }

    private interface Read<T> {
        T read() throws IOException;
    }

    private <T> T await(Read<T> read, Duration timeout, String what) throws WorkerFailure {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Thread reader = Thread.ofPlatform()
                .daemon()
                .name("extraction-worker-reader")
                .start(() -> {
                    try {
                        answer.complete(read.read());
                    } catch (Throwable e) {
                        answer.completeExceptionally(e);
                    }
                });
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            close();
            throw new WorkerFailure(
                    what.equals("start")
                            ? "extraction worker did not start within " + timeout.toSeconds() + " s"
                            : "timed out after " + format(timeout) + "; the parser process was stopped");
        } catch (ExecutionException e) {
            String reason = died(what.equals("start") ? "while starting" : "while parsing");
            close();
            throw new WorkerFailure(reason);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new WorkerFailure("interrupted; the parser process was stopped");
        } finally {
            joinQuietly(reader);
        }
    }

    /** The reader ends as soon as the worker's output closes, which {@link #close()} ensures. */
    private static void joinQuietly(Thread reader) {
        try {
            reader.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String died(String when) {
        try {
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                int code = process.exitValue();
                stderr.awaitEnd(Duration.ofSeconds(2));
                String said = stderr.tail();
                return "the parser process died " + when + " (exit code " + code + (code == 3 ? ", out of memory" : "")
                        + ")" + (said.isEmpty() ? "" : "; stderr: " + said);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "the parser process broke the protocol " + when + "; it was stopped";
    }

    private static String format(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    /** Stops the worker and waits for it to be gone. */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stderr.awaitEnd(Duration.ofSeconds(2)); // its drain thread ends with the process
        closeQuietly(out);
        closeQuietly(in);
    }

    private static void closeQuietly(AutoCloseable stream) {
        try {
            stream.close();
        } catch (Exception ignored) {
            // the process is gone; nothing left to release
        }
    }

    /** The worker could not give an answer; {@link #getMessage()} is the part's reason. */
    static final class WorkerFailure extends Exception {
        private static final long serialVersionUID = 1L;

        WorkerFailure(String reason) {
            super(reason);
        }
    }
}
