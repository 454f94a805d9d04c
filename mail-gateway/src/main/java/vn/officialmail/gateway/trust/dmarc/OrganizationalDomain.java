package vn.officialmail.gateway.trust.dmarc;

import com.google.common.net.InternetDomainName;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The organisational domain of RFC 7489 §3.2: the public suffix (from the Public Suffix List that
 * Guava embeds) plus one label, so {@code mail.moj.gov.vn} belongs to {@code moj.gov.vn} because
 * {@code gov.vn} is a public suffix.
 */
public final class OrganizationalDomain {

    // The list lookup costs microseconds per call and mail comes from few domains: remember them.
    private static final int CACHE_LIMIT = 10_000;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private OrganizationalDomain() {}

    /**
     * The organisational domain of {@code domain} (lower case, no trailing dot). A public suffix
     * is its own; a name under no listed suffix takes its last two labels (the list's implicit
     * {@code *} rule); a name that is not a domain name comes back lower-cased as it is.
     */
    public static String of(String domain) {
        String normalized = normalize(domain);
        String known = CACHE.get(normalized);
        if (known != null) {
            return known;
        }
        String organizational = lookUp(normalized);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(normalized, organizational);
        return organizational;
    }

    private static String lookUp(String normalized) {
        try {
            InternetDomainName name = InternetDomainName.from(normalized);
            if (name.isUnderPublicSuffix()) {
                return name.topPrivateDomain().toString();
            }
            if (name.isPublicSuffix()) {
                return name.toString();
            }
            var parts = name.parts();
            return parts.size() <= 2
                    ? name.toString()
                    : String.join(".", parts.subList(parts.size() - 2, parts.size()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return normalized;
        }
    }

    /** Whether two domains are aligned (RFC 7489 §3.1): the same, or (relaxed) the same organisation. */
    public static boolean aligned(String a, String b, Alignment mode) {
        String left = normalize(a);
        String right = normalize(b);
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        return mode == Alignment.STRICT ? left.equals(right) : of(left).equals(of(right));
    }

    static String normalize(String domain) {
        String lower = domain.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
