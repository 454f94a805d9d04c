package vn.officialmail.gateway.relay;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a message's relay to the next hop stands (RFC 5321 §4.5.4.1 retry strategy).
 *
 * @param state {@code PENDING} (waiting for its next attempt), {@code SENDING} (an attempt is in
 *     progress), {@code DELIVERED} (the next hop took it for at least one recipient and no
 *     recipient is left to retry; recipients it refused were returned to the sender in a DSN) or
 *     {@code FAILED} (no recipient took it; the sender got a DSN unless the sender was null)
 * @param attempts attempts made so far
 * @param lastError the last refusal or connection failure, if any
 * @param nextAttemptAt when the next attempt is due, while {@code PENDING}
 * @param finishedAt when it became {@code DELIVERED} or {@code FAILED}
 */
public record DeliveryStatus(
        String state,
        int attempts,
        Optional<String> lastError,
        Optional<Instant> nextAttemptAt,
        Optional<Instant> finishedAt) {}
