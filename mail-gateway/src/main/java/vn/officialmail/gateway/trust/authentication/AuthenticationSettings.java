package vn.officialmail.gateway.trust.authentication;

import vn.officialmail.gateway.trust.dns.DnsSettings;
import vn.officialmail.gateway.trust.relay.TrustedRelaySettings;
import vn.officialmail.gateway.trust.smime.SmimeSettings;

/**
 * Sender authentication ({@code gateway.authentication.*}). A component left out ({@code null})
 * takes the default named here; a bad value fails with the key, the value and what is allowed.
 *
 * @param authservId the gateway's own authserv-id (RFC 8601 §2.5) for the Authentication-Results
 *     it writes; a received field claiming it is removed. Default {@code official-mail.local};
 *     set it to {@code gateway.smtp.host-name}
 * @param dns resolvers, timeout, cache, or static records
 * @param trustedRelays the agency's own mail servers
 * @param maxDkimSignatures DKIM signatures verified at most per message, default 5 (1 to 50)
 * @param smime S/MIME: trust anchors, CRLs, the units' decryption keys
 */
public record AuthenticationSettings(
        String authservId,
        DnsSettings dns,
        TrustedRelaySettings trustedRelays,
        Integer maxDkimSignatures,
        SmimeSettings smime) {

    public AuthenticationSettings {
        authservId = authservId == null ? "official-mail.local" : authservId.strip();
        dns = dns == null ? DnsSettings.defaults() : dns;
        trustedRelays = trustedRelays == null ? TrustedRelaySettings.none() : trustedRelays;
        maxDkimSignatures = maxDkimSignatures == null ? 5 : maxDkimSignatures;
        smime = smime == null ? SmimeSettings.defaults() : smime;
        if (authservId.isEmpty() || authservId.chars().anyMatch(c -> c <= ' ' || c == ';' || c == '(' || c == '"')) {
            throw new IllegalArgumentException("gateway.authentication.authserv-id must be a host name such as"
                    + " gateway.moj.gov.vn (no spaces, ';', '(' or quotes): '" + authservId + "'");
        }
        if (maxDkimSignatures < 1 || maxDkimSignatures > 50) {
            throw new IllegalArgumentException(
                    "gateway.authentication.max-dkim-signatures must be between 1 and 50: " + maxDkimSignatures);
        }
    }

    /** Every default. */
    public static AuthenticationSettings defaults() {
        return new AuthenticationSettings(null, null, null, null, null);
    }
}
