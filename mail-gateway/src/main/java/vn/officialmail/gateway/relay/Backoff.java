package vn.officialmail.gateway.relay;

import java.time.Duration;

/**
 * The wait before the next attempt (RFC 5321 §4.5.4.1: retry, with growing intervals): the
 * initial backoff after the first failure, doubled after each further one, never more than the
 * maximum, and shortened by up to 10 % at random so that mail queued together while the next hop
 * was down does not all come back at the same instant.
 *
 * @param initial the wait after the first failed attempt
 * @param max the longest wait
 */
record Backoff(Duration initial, Duration max) {

    private static final double JITTER = 0.10;

    Backoff {
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException(
                    "backoff must satisfy 0 <= initial <= max: initial " + initial + ", max " + max);
        }
    }

    /**
     * The wait after {@code failures} failed attempts.
     *
     * @param failures failed attempts so far, at least 1
     * @param random a number in [0, 1) that picks the jitter
     */
    Duration after(int failures, double random) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1: " + failures);
        }
        if (random < 0 || random >= 1) {
            throw new IllegalArgumentException("random must be in [0, 1): " + random);
        }
        Duration wait = max;
        int doublings = failures - 1;
        // 2^62 nanoseconds is about 146 years: any larger doubling is past every sensible max.
        if (doublings < 62) {
            long factor = 1L << doublings;
            long nanos = initial.toNanos();
            if (nanos <= max.toNanos() / factor) {
                wait = Duration.ofNanos(nanos * factor);
            }
        }
        long jitter = (long) (wait.toNanos() * JITTER * random);
        return wait.minusNanos(jitter);
    }
}
