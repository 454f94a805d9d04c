package vn.officialmail.gateway.reports;

/**
 * What one unit (or the whole agency) did in one period.
 *
 * @param messages messages the unit sent or received
 * @param official those judged official (an issued mailbox, authenticated)
 * @param violations violations recorded for the unit
 * @param violatedMessages distinct messages with at least one violation
 */
public record Tally(long messages, long official, long violations, long violatedMessages) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0);

    Tally plus(Tally other) {
        return new Tally(
                messages + other.messages,
                official + other.official,
                violations + other.violations,
                violatedMessages + other.violatedMessages);
    }

    /** Official messages as a share of all, 0–1; empty when there was no traffic. */
    public java.util.OptionalDouble officialShare() {
        return messages == 0
                ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of((double) official / messages);
    }

    /**
     * The compliance rate, 0–1: the share of the unit's messages without a violation. Violations of
     * messages the gateway saw no traffic for (a unit known only from a violation) count against a
     * base of at least that many messages, so the rate never goes below zero.
     */
    public java.util.OptionalDouble complianceRate() {
        long base = Math.max(messages, violatedMessages);
        return base == 0
                ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of(1.0 - (double) violatedMessages / base);
    }
}
