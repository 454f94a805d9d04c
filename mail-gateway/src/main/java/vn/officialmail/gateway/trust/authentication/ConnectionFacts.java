package vn.officialmail.gateway.trust.authentication;

import java.util.Optional;

/**
 * What the SMTP session knew about a message's sender, before its content.
 *
 * @param clientIp the connecting client's IP address; empty when unknown (a file import)
 * @param helo the HELO/EHLO name, empty if none
 * @param mailFrom the MAIL FROM address without angle brackets; empty for the null reverse-path
 * @param authIdentity the SMTP AUTH identity (RFC 4954) the session logged in with, if any
 */
public record ConnectionFacts(String clientIp, String helo, String mailFrom, Optional<String> authIdentity) {

    public ConnectionFacts {
        clientIp = clientIp == null ? "" : clientIp.strip();
        helo = helo == null ? "" : helo.strip();
        mailFrom = mailFrom == null ? "" : mailFrom.strip();
        authIdentity = authIdentity == null ? Optional.empty() : authIdentity.filter(s -> !s.isBlank());
    }

    /** A session without SMTP AUTH. */
    public static ConnectionFacts of(String clientIp, String helo, String mailFrom) {
        return new ConnectionFacts(clientIp, helo, mailFrom, Optional.empty());
    }
}
