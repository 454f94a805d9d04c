package vn.officialmail.gateway.spool;

import java.time.Instant;
import java.util.List;

/**
 * The SMTP envelope and session facts of one received message (RFC 5321 §2.3.1).
 *
 * @param mailFrom the reverse path without angle brackets; empty for the null sender {@code <>}
 * @param recipients the forward paths, in the order given
 * @param remoteAddress the client's IP address
 * @param helo the name the client gave in HELO/EHLO
 * @param receivedAt when the message was accepted
 * @param source how it arrived: {@code smtp}, {@code import}, {@code imap}, {@code internal}
 */
public record Envelope(
        String mailFrom,
        List<String> recipients,
        String remoteAddress,
        String helo,
        Instant receivedAt,
        String source) {

    public Envelope {
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("an envelope needs at least one recipient");
        }
    }
}
