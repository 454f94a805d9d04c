package vn.officialmail.gateway.relay;

import java.time.Instant;
import java.util.List;

/**
 * A claimed {@code outbound_delivery} row: what to send, to whom and how often it was tried.
 *
 * @param id the row id
 * @param blobSha256 the blob to send: the message record's original, or the row's own blob
 * @param mailFrom the envelope sender, empty for the null reverse path
 * @param recipients the recipients still to deliver to
 * @param attempts attempts made before this one
 * @param acceptedCount recipients the next hop accepted in earlier attempts
 * @param arrivedAt when the gateway accepted the mail
 */
record OutboundRow(
        long id,
        String blobSha256,
        String mailFrom,
        List<String> recipients,
        int attempts,
        int acceptedCount,
        Instant arrivedAt) {

    OutboundRow {
        recipients = List.copyOf(recipients);
    }
}
