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
 * @param verdict the channel verdict, when it was judged before the record was written (written
 *     with the insert: a later update of the row would rewrite every index of the table)
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
        Optional<Instant> sentAt,
        Optional<Verdict> verdict) {

    /** A message recorded before (or without) its channel verdict. */
    public NewMessage(
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
            Optional<Instant> sentAt) {
        this(
                messageKey,
                spoolId,
                rawSha256,
                sizeBytes,
                source,
                receivedAt,
                remoteAddress,
                helo,
                mailFrom,
                recipients,
                messageIdHeader,
                subject,
                sentAt,
                Optional.empty());
    }

    /** The same message with its channel verdict. */
    public NewMessage withVerdict(Verdict judged) {
        return new NewMessage(
                messageKey,
                spoolId,
                rawSha256,
                sizeBytes,
                source,
                receivedAt,
                remoteAddress,
                helo,
                mailFrom,
                recipients,
                messageIdHeader,
                subject,
                sentAt,
                Optional.of(judged));
    }

    /**
     * The channel verdict as the record keeps it.
     *
     * @param channel the channel's name
     * @param reasons why, one reason per entry
     * @param fromAddress the judged sender address, empty when there is none
     * @param fromDomain its domain, empty when there is none
     * @param direction which way the mail goes, seen from the agency
     * @param recipients the verdict for each recipient
     */
    public record Verdict(
            String channel,
            List<String> reasons,
            String fromAddress,
            String fromDomain,
            String direction,
            List<RecipientJudgement> recipients) {}
}
