package vn.officialmail.config.directory;

import java.util.Optional;

/**
 * A domain rule: {@code moj.gov.vn} matches that domain only, {@code *.gov.vn} every subdomain of
 * gov.vn (not gov.vn itself), as in {@code gateway.official-domains}.
 *
 * @param pattern the normal form: lower-case ASCII, {@code *.} prefix for a wildcard
 */
public record DomainPattern(String pattern) {

    public DomainPattern {
        if (!normalize(pattern).filter(pattern::equals).isPresent()) {
            throw new IllegalArgumentException("not a domain pattern in normal form: '" + pattern + "'");
        }
    }

    /** The pattern, or empty when {@code value} is neither a domain nor {@code *.} and a domain. */
    public static Optional<DomainPattern> parse(String value) {
        return normalize(value).map(DomainPattern::new);
    }

    private static Optional<String> normalize(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        boolean wildcard = text.startsWith("*.");
        return DirectoryValues.normalizedDomain(wildcard ? text.substring(2) : text)
                .map(domain -> wildcard ? "*." + domain : domain);
    }

    /** Whether the normalised {@code domain} falls under this pattern. */
    public boolean matches(String domain) {
        return pattern.startsWith("*.") ? domain.endsWith(pattern.substring(1)) : domain.equals(pattern);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
