package vn.officialmail.gateway.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void afterShouldWaitInitialBackoffWhenFirstAttemptFailedWithoutJitter() {
        assertThat(backoff.after(1, 0.0)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void afterShouldDoubleWaitWhenEachFurtherAttemptFails() {
        assertThat(backoff.after(2, 0.0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.after(3, 0.0)).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.after(7, 0.0)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void afterShouldStopAtMaxBackoffWhenDoublingPassesIt() {
        assertThat(backoff.after(8, 0.0)).isEqualTo(Duration.ofHours(1)); // 64 min > 60 min
        assertThat(backoff.after(63, 0.0)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.after(Integer.MAX_VALUE, 0.0)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void afterShouldShortenWaitByAtMostTenPercentWhenJittered() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 1000; i++) {
            int failures = 1 + random.nextInt(12);
            Duration plain = backoff.after(failures, 0.0);

            Duration jittered = backoff.after(failures, random.nextDouble());

            assertThat(jittered)
                    .as("seed %d, failures %d", seed, failures)
                    .isLessThanOrEqualTo(plain)
                    .isGreaterThanOrEqualTo(plain.multipliedBy(9).dividedBy(10));
        }
    }

    @Test
    void afterShouldRejectFailuresWhenBelowOne() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> backoff.after(0, 0.0))
                .withMessage("failures must be at least 1: 0");
    }

    @Test
    void constructorShouldRejectBackoffWhenMaxIsBelowInitial() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new Backoff(Duration.ofMinutes(5), Duration.ofMinutes(1)))
                .withMessage("backoff must satisfy 0 <= initial <= max: initial PT5M, max PT1M");
    }
}
