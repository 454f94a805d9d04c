package vn.officialmail.gateway.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Operations per second of one thread (so "per core"): a warm-up, then several timed rounds; the
 * median round is the figure, every round is printed so the noise is visible.
 */
public final class Throughput {

    private Throughput() {}

    /** Runs {@code operation} on this thread and prints each round; returns the median ops/s. */
    public static double measure(String name, Callable<?> operation, Duration warmup, int rounds, Duration round)
            throws Exception {
        Object sink = null;
        long warmupEnd = System.nanoTime() + warmup.toNanos();
        while (System.nanoTime() < warmupEnd) {
            sink = operation.call();
        }
        List<Double> perSecond = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            long end = start + round.toNanos();
            long count = 0;
            long now;
            do {
                sink = operation.call();
                count++;
                now = System.nanoTime();
            } while (now < end);
            double rate = count / ((now - start) / 1e9);
            perSecond.add(rate);
            System.out.printf("%s round %d: %.0f/s%n", name, r + 1, rate);
        }
        List<Double> sorted = perSecond.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        System.out.printf(
                "%s median: %.0f/s per thread (%d rounds of %d s, last result %s)%n",
                name,
                median,
                rounds,
                round.toSeconds(),
                sink == null ? "null" : sink.getClass().getSimpleName());
        return median;
    }
}
