package vn.officialmail.gateway.channel;

import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The configured official sender domains ({@code gateway.official-domains}). An entry
 * {@code *.gov.vn} matches every subdomain of gov.vn; a plain entry matches exactly. The trust
 * issue's directory takes this over as its seed.
 */
public final class OfficialDomains {

    private final List<String> patterns;

    public OfficialDomains(List<String> patterns) {
        this.patterns = patterns.stream().map(OfficialDomains::validated).toList();
    }

    /** The pattern that makes {@code domain} official, if any. */
    public Optional<String> match(String domain) {
        String normalized = normalize(domain);
        for (String pattern : patterns) {
            if (pattern.startsWith("*.")) {
                if (normalized.endsWith(pattern.substring(1))) {
                    return Optional.of(pattern);
                }
            } else if (normalized.equals(pattern)) {
                return Optional.of(pattern);
            }
        }
        return Optional.empty();
    }

    public List<String> patterns() {
        return patterns;
    }

    static String normalize(String domain) {
        String trimmed = domain.trim();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            return IDN.toASCII(trimmed, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
    }

    private static String validated(String pattern) {
        String p = pattern.trim().toLowerCase(Locale.ROOT);
        String host = p.startsWith("*.") ? p.substring(2) : p;
        if (host.isEmpty() || !host.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")) {
            throw new IllegalArgumentException("gateway.official-domains entries must be a domain like moj.gov.vn"
                    + " or a wildcard like *.gov.vn: '" + pattern + "'");
        }
        return p;
    }
}
