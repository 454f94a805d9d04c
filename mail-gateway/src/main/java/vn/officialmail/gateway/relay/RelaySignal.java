package vn.officialmail.gateway.relay;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Wakes idle relay deliverers when a row is queued, so relaying does not wait for the next poll. A
 * generation counter instead of a plain flag: a wake-up that arrives while a deliverer is busy
 * is not lost, the deliverer sees a newer generation and polls again at once.
 */
@Component
public final class RelaySignal {

    private final Object lock = new Object();
    private long generation;

    /** Wakes every waiting deliverer. */
    public void wakeUp() {
        synchronized (lock) {
            generation++;
            lock.notifyAll();
        }
    }

    /** The current generation, to pass to {@link #await} after a poll that found nothing. */
    long generation() {
        synchronized (lock) {
            return generation;
        }
    }

    /**
     * Waits until a wake-up newer than {@code seen} or until {@code timeout} has passed.
     *
     * @return the generation to wait on next
     */
    long await(long seen, Duration timeout) throws InterruptedException {
        synchronized (lock) {
            if (generation == seen) {
                lock.wait(Math.max(1, timeout.toMillis()));
            }
            return generation;
        }
    }
}
