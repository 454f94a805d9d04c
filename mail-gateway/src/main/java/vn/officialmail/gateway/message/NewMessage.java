package vn.officialmail.gateway.message;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The facts known about a message when it is first recorded.
 *
 * @param messageKey the idempotency key
 * @param spoolId the spool id
 * @param rawSha256 the original's blob name
 * @param sizeBytes the original's size
 * @param source how it arrived
 * @param receivedAt when it was accepted
 * @param remoteAddress the client's address
 * @param helo the client's HELO name
 * @param mailFrom the envelope sender
 * @param recipients the envelope recipients
 * @param messageIdHeader the Message-ID header
 * @param subject the decoded subject
 * @param sentAt the Date header
 */
public record NewMessage(
        String messageKey,
        String spoolId,
        String rawSha256,
        long sizeBytes,
        String source,
        Instant receivedAt,
        String remoteAddress,
        String helo,
        String mailFrom,
        List<String> recipients,
        Optional<String> messageIdHeader,
        Optional<String> subject,
        Optional<Instant> sentAt) {}
