package vn.officialmail.gateway.message;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the gateway keeps about one accepted message; the original is in the blob store under
 * {@code rawSha256}.
 *
 * @param id the record id
 * @param messageKey the idempotency key (content and envelope)
 * @param spoolId the spool id it was received under
 * @param rawSha256 the original's blob name
 * @param sizeBytes the original's size
 * @param source how it arrived (smtp, import, imap)
 * @param receivedAt when it was accepted
 * @param processedAt when the pipeline finished with it
 * @param remoteAddress the SMTP client's address
 * @param helo the SMTP client's HELO/EHLO name
 * @param mailFrom the envelope sender, empty for the null sender
 * @param recipients the envelope recipients
 * @param messageIdHeader the Message-ID header
 * @param subject the decoded Subject
 * @param fromAddress the RFC 5322 From address
 * @param fromDomain its domain
 * @param sentAt the Date header
 * @param channel the channel verdict
 * @param channelReasons the verdict's reasons
 * @param state RECEIVED, PROCESSED, QUARANTINED or ERROR
 * @param errorReason why processing failed, for ERROR
 */
public record MessageRecord(
        long id,
        String messageKey,
        String spoolId,
        String rawSha256,
        long sizeBytes,
        String source,
        Instant receivedAt,
        Optional<Instant> processedAt,
        String remoteAddress,
        String helo,
        String mailFrom,
        List<String> recipients,
        Optional<String> messageIdHeader,
        Optional<String> subject,
        Optional<String> fromAddress,
        Optional<String> fromDomain,
        Optional<Instant> sentAt,
        Optional<String> channel,
        List<String> channelReasons,
        String state,
        Optional<String> errorReason) {}
