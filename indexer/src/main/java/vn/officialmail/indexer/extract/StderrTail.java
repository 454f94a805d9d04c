package vn.officialmail.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Keeps the last few KiB a worker wrote to its standard error, so that the reason of a worker that
 * died can say why ("OutOfMemoryError", a JVM crash, a stack trace), while the pipe is drained all
 * along and a chatty parser can never block on a full pipe. Only a bounded tail is kept.
 */
final class StderrTail {

    /** Bytes of standard error kept. */
    static final int KEPT_BYTES = 4096;

    /** Characters of it put into a reason. */
    static final int REASON_CHARS = 300;

    private final byte[] ring = new byte[KEPT_BYTES];
    private long written;
    private long mark;
    private final Thread drain;

    private StderrTail(InputStream stderr) {
        this.drain =
                Thread.ofPlatform().daemon().name("extraction-worker-stderr").start(() -> drain(stderr));
    }

    /** Starts draining {@code stderr} until it closes (the worker's end). */
    static StderrTail of(InputStream stderr) {
        return new StderrTail(stderr);
    }

    private void drain(InputStream stderr) {
        byte[] buffer = new byte[1024];
        try (stderr) {
            int n;
            while ((n = stderr.read(buffer)) >= 0) {
                append(buffer, n);
            }
        } catch (IOException closed) {
            // the worker is gone; what was read is kept
        }
    }

    private synchronized void append(byte[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            ring[(int) (written++ % KEPT_BYTES)] = buffer[i];
        }
    }

    /**
     * Forgets what was written so far for {@link #tail()}: the worker's start-up chatter (logging
     * back-ends, JVM warnings) says nothing about the attachment that killed it.
     */
    synchronized void mark() {
        mark = written;
    }

    /** Waits a little for the rest of a dead worker's output, then stops waiting. */
    void awaitEnd(Duration atMost) {
        try {
            drain.join(atMost);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The end of what the worker wrote since the {@link #mark()}, on one line, at most {@value #REASON_CHARS} characters;
     * empty when it wrote nothing.
     */
    synchronized String tail() {
        int length = (int) Math.min(written - mark, KEPT_BYTES);
        byte[] last = new byte[length];
        for (int i = 0; i < length; i++) {
            last[i] = ring[(int) ((written - length + i) % KEPT_BYTES)];
        }
        String text = new String(last, StandardCharsets.UTF_8)
                .replaceAll("[\\p{Cntrl}&&[^\\n]]", " ")
                .strip()
                .replaceAll("\\s*\\n\\s*", " | ");
        return text.length() <= REASON_CHARS ? text : "…" + text.substring(text.length() - REASON_CHARS);
    }
}
