package vn.officialmail.gateway.trust.relay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.officialmail.gateway.trust.HeaderField;
import vn.officialmail.gateway.trust.RawMessage;

/**
 * The agency's own mail servers. Mail they hand on is judged on the Authentication-Results they
 * added (their checks saw the real sending client; the gateway sees only the relay), and every
 * Authentication-Results field that claims their name or the gateway's but did not come from them
 * is removed, so no one outside can write "dkim=pass" for the agency (RFC 8601 §5, §7.2).
 */
public final class TrustedRelays {

    /** The Authentication-Results field the gateway believes, with its parse. */
    public record Believed(HeaderField field, AuthenticationResultsHeader header) {}

    private final List<IpNetwork> networks;
    private final Set<String> identities;
    private final Set<String> relayAuthservIds;
    private final String ownAuthservId;
    private final boolean stripForeign;

    /**
     * @param settings the relays
     * @param ownAuthservId the gateway's own authserv-id: a field claiming it is always removed
     */
    public TrustedRelays(TrustedRelaySettings settings, String ownAuthservId) {
        this.networks = settings.networks().stream().map(IpNetwork::parse).toList();
        this.identities =
                settings.identities().stream().map(TrustedRelays::lower).collect(Collectors.toUnmodifiableSet());
        this.relayAuthservIds =
                settings.authservIds().stream().map(TrustedRelays::lower).collect(Collectors.toUnmodifiableSet());
        this.ownAuthservId = lower(ownAuthservId);
        this.stripForeign = settings.stripForeignHeaders();
    }

    /** Whether the session came from a trusted relay: by address, or by its SMTP AUTH identity. */
    public boolean isTrusted(String clientIp, Optional<String> authIdentity) {
        if (authIdentity.map(TrustedRelays::lower).filter(identities::contains).isPresent()) {
            return true;
        }
        for (IpNetwork network : networks) {
            if (network.contains(clientIp)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The topmost Authentication-Results field written by a trusted relay (its authserv-id), when
     * the message came from one; a field that does not parse is never believed.
     */
    public Optional<Believed> believed(RawMessage message, boolean fromTrustedRelay) {
        if (!fromTrustedRelay) {
            return Optional.empty();
        }
        for (HeaderField field : message.fields("Authentication-Results")) {
            try {
                AuthenticationResultsHeader header = AuthenticationResultsParser.parse(field.value());
                if (relayAuthservIds.contains(lower(header.authservId()))) {
                    return Optional.of(new Believed(field, header));
                }
            } catch (IllegalArgumentException e) {
                // Malformed: skip it, and keep looking for the relay's own field below.
            }
        }
        return Optional.empty();
    }

    /**
     * The Authentication-Results fields to remove before the message goes on: every one claiming
     * the gateway's or a relay's authserv-id except the believed one, and (if configured) every
     * other one too.
     */
    public List<HeaderField> headersToRemove(RawMessage message, Optional<Believed> believed) {
        List<HeaderField> remove = new ArrayList<>();
        for (HeaderField field : message.fields("Authentication-Results")) {
            if (believed.isPresent() && believed.get().field() == field) {
                continue;
            }
            String claimed = claimedAuthservId(field.value());
            if (stripForeign || claimed.equals(ownAuthservId) || relayAuthservIds.contains(claimed)) {
                remove.add(field);
            }
        }
        return remove;
    }

    // Leniently: a field we cannot parse may still be read by a mail client as "ours".
    private static String claimedAuthservId(String value) {
        try {
            List<String> tokens = AuthenticationResultsParser.tokens(value);
            if (tokens.isEmpty()) {
                return "";
            }
            String first = tokens.get(0);
            return lower(first.startsWith("\"") && first.length() > 1 ? first.substring(1, first.length() - 1) : first);
        } catch (IllegalArgumentException e) {
            return lower(value.split("[;\\s]", 2)[0]);
        }
    }

    private static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
