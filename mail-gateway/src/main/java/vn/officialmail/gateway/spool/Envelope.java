package vn.officialmail.gateway.spool;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SMTP envelope and session facts of one received message (RFC 5321 §2.3.1).
 *
 * @param mailFrom the reverse path without angle brackets; empty for the null sender {@code <>}
 * @param recipients the forward paths, in the order given
 * @param remoteAddress the client's IP address
 * @param helo the name the client gave in HELO/EHLO
 * @param receivedAt when the message was accepted
 * @param source how it arrived: {@code smtp}, {@code import}, {@code imap}, {@code internal}
 * @param authenticatedUser the SMTP AUTH identity (RFC 4954) the client logged in with, if it did
 */
public record Envelope(
        String mailFrom,
        List<String> recipients,
        String remoteAddress,
        String helo,
        Instant receivedAt,
        String source,
        Optional<String> authenticatedUser) {

    public Envelope {
        recipients = List.copyOf(recipients);
        authenticatedUser = authenticatedUser.filter(user -> !user.isBlank());
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("an envelope needs at least one recipient");
        }
    }

    /** An envelope of a client that did not log in (or of mail that did not come over SMTP). */
    public Envelope(
            String mailFrom,
            List<String> recipients,
            String remoteAddress,
            String helo,
            Instant receivedAt,
            String source) {
        this(mailFrom, recipients, remoteAddress, helo, receivedAt, source, Optional.empty());
    }
}
