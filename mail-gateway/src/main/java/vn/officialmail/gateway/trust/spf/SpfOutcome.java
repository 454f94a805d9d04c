package vn.officialmail.gateway.trust.spf;

import vn.officialmail.gateway.trust.Reason;

/**
 * An SPF check's outcome.
 *
 * @param result the result
 * @param identity what was checked: the MAIL FROM address, or {@code postmaster@<helo>} for the
 *     null reverse-path (RFC 7208 §2.4)
 * @param domain the domain whose record was evaluated (the identity's domain), lower case
 * @param clientIp the connecting client's address
 * @param reason why, for users and auditors
 */
public record SpfOutcome(SpfResult result, String identity, String domain, String clientIp, Reason reason) {

    public boolean passed() {
        return result == SpfResult.PASS;
    }
}
