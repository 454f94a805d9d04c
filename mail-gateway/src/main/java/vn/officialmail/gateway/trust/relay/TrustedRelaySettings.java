package vn.officialmail.gateway.trust.relay;

import java.util.List;

/**
 * The agency's own mail servers that hand mail on to the gateway
 * ({@code gateway.authentication.trusted-relays.*}). A component left out ({@code null}) takes
 * its default.
 *
 * @param networks the relays' addresses or networks in CIDR notation ({@code 10.1.2.0/24},
 *     {@code 10.1.2.5}, {@code 2001:db8::/48}); default none
 * @param identities SMTP AUTH identities that make a session a trusted relay's, for relays
 *     that log in to the gateway; default none
 * @param authservIds the authserv-id those relays write in their Authentication-Results
 *     ({@code mx.moj.gov.vn}); required when networks or identities are given
 * @param stripForeignHeaders also remove Authentication-Results written by anyone else (they are
 *     never believed either way); default false, so downstream readers keep them
 */
public record TrustedRelaySettings(
        List<String> networks, List<String> identities, List<String> authservIds, Boolean stripForeignHeaders) {

    private static final String PREFIX = "gateway.authentication.trusted-relays.";

    public TrustedRelaySettings {
        networks = networks == null ? List.of() : List.copyOf(networks);
        identities = identities == null ? List.of() : List.copyOf(identities);
        authservIds = authservIds == null ? List.of() : List.copyOf(authservIds);
        stripForeignHeaders = stripForeignHeaders != null && stripForeignHeaders;
        for (String network : networks) {
            try {
                IpNetwork.parse(network);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(PREFIX + "networks: " + e.getMessage(), e);
            }
        }
        for (String id : authservIds) {
            if (id.isBlank() || id.chars().anyMatch(c -> c <= ' ' || c == ';' || c == '(' || c == '"')) {
                throw new IllegalArgumentException(PREFIX + "authserv-ids entries must be a host name such as"
                        + " mx.moj.gov.vn (no spaces, ';', '(' or quotes): '" + id + "'");
            }
        }
        if ((!networks.isEmpty() || !identities.isEmpty()) && authservIds.isEmpty()) {
            throw new IllegalArgumentException(PREFIX + "authserv-ids is empty: name the authserv-id the relays in "
                    + PREFIX + "networks/identities write in their Authentication-Results (e.g. mx.moj.gov.vn)");
        }
    }

    /** No trusted relays. */
    public static TrustedRelaySettings none() {
        return new TrustedRelaySettings(null, null, null, null);
    }
}
