package vn.officialmail.gateway.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.officialmail.config.directory.DirectoryValues;
import vn.officialmail.config.directory.DomainPattern;
import vn.officialmail.config.directory.PersonalMailProviders;

/**
 * Which domains are official (REQUIREMENTS.md R1; Decision 28/2018/QĐ-TTg): the official patterns
 * ({@code gateway.official-domains}, default {@code *.gov.vn} and {@code *.chinhphu.vn}), the
 * explicit allow and deny lists, and the maintained list of personal mail providers. Built once
 * at start; a malformed entry stops the start (see {@link #configured}).
 */
public final class DomainPolicy {

    private static final String PATTERN_EN = "allowed: a domain such as moj.gov.vn or a wildcard such as *.gov.vn";
    private static final String PATTERN_VI = "cho phép: tên miền như moj.gov.vn hoặc mẫu như *.gov.vn";

    private final List<DomainPattern> official;
    private final List<DomainPattern> allow;
    private final List<DomainPattern> deny;
    private final PersonalMailProviders personalProviders;

    public DomainPolicy(
            List<DomainPattern> official,
            List<DomainPattern> allow,
            List<DomainPattern> deny,
            PersonalMailProviders personalProviders) {
        this.official = List.copyOf(official);
        this.allow = List.copyOf(allow);
        this.deny = List.copyOf(deny);
        this.personalProviders = personalProviders;
    }

    /** The official patterns only (tests, tools): no allow or deny entries. */
    public static DomainPolicy officialOnly(List<String> patterns, PersonalMailProviders personalProviders) {
        return configured(patterns, List.of(), List.of(), personalProviders);
    }

    /**
     * The policy from configuration, every value checked.
     *
     * @throws InvalidDirectorySettingsException naming the key, the value and what is allowed
     */
    public static DomainPolicy configured(
            List<String> officialDomains,
            List<String> allow,
            List<String> deny,
            PersonalMailProviders personalProviders) {
        if (officialDomains.isEmpty()) {
            throw new InvalidDirectorySettingsException(
                    "gateway.official-domains",
                    "",
                    "cần ít nhất một tên miền hoặc mẫu, như *.gov.vn",
                    "at least one domain or pattern is required, such as *.gov.vn");
        }
        DomainPolicy policy = new DomainPolicy(
                patterns("gateway.official-domains", officialDomains),
                patterns("gateway.directory.allow", allow),
                patterns("gateway.directory.deny", deny),
                personalProviders);
        for (DomainPattern denied : policy.deny) {
            if (policy.allow.contains(denied)) {
                throw new InvalidDirectorySettingsException(
                        "gateway.directory.deny",
                        denied.pattern(),
                        "một tên miền không thể vừa ở danh sách cho phép (allow) vừa ở danh sách cấm (deny)",
                        "a domain cannot be on both gateway.directory.allow and gateway.directory.deny");
            }
        }
        return policy;
    }

    private static List<DomainPattern> patterns(String key, List<String> values) {
        List<DomainPattern> patterns = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            int index = i;
            patterns.add(DomainPattern.parse(value)
                    .orElseThrow(() -> new InvalidDirectorySettingsException(
                            key + "[" + index + "]", String.valueOf(value), PATTERN_VI, PATTERN_EN)));
        }
        return patterns;
    }

    /**
     * The standing of {@code domain} by configuration alone (the {@link Directory} adds the
     * agencies' own domains).
     */
    public DomainStanding standing(String domain) {
        String normalized = DirectoryValues.normalizedDomain(domain).orElse(domain);
        Optional<String> denied = firstMatch(deny, normalized);
        if (denied.isPresent()) {
            return new DomainStanding(DomainStanding.Kind.DENIED, denied);
        }
        Optional<String> allowed = firstMatch(allow, normalized);
        if (allowed.isPresent()) {
            return new DomainStanding(DomainStanding.Kind.ALLOWED, allowed);
        }
        Optional<String> officialPattern = firstMatch(official, normalized);
        if (officialPattern.isPresent()) {
            return new DomainStanding(DomainStanding.Kind.OFFICIAL, officialPattern);
        }
        Optional<String> provider = personalProviders.providerOf(normalized);
        if (provider.isPresent()) {
            return new DomainStanding(DomainStanding.Kind.PERSONAL, provider);
        }
        return new DomainStanding(DomainStanding.Kind.OTHER, Optional.empty());
    }

    /** The personal provider {@code domain} belongs to, if any, whatever the lists say. */
    public Optional<String> personalProviderOf(String domain) {
        return personalProviders.providerOf(
                DirectoryValues.normalizedDomain(domain).orElse(domain));
    }

    public List<DomainPattern> officialPatterns() {
        return official;
    }

    private static Optional<String> firstMatch(List<DomainPattern> patterns, String domain) {
        return patterns.stream()
                .filter(p -> p.matches(domain))
                .map(DomainPattern::pattern)
                .findFirst();
    }
}
