package vn.officialmail.gateway.trust.relay;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One parsed Authentication-Results field (RFC 8601 §2.2).
 *
 * @param authservId who did the checks ({@code mx.moj.gov.vn}); compare case-insensitively
 * @param results each method's result, in order; empty for {@code ; none}
 */
public record AuthenticationResultsHeader(String authservId, List<MethodResult> results) {

    public AuthenticationResultsHeader {
        results = List.copyOf(results);
    }

    /** The first result for {@code method} ({@code spf}, {@code dkim}, {@code dmarc}, {@code auth}). */
    public Optional<MethodResult> first(String method) {
        return results.stream().filter(r -> r.method().equals(method)).findFirst();
    }

    /** Every result for {@code method} (one per DKIM signature, for instance). */
    public List<MethodResult> all(String method) {
        return results.stream().filter(r -> r.method().equals(method)).toList();
    }

    /**
     * One method's result (RFC 8601 §2.2 {@code resinfo}).
     *
     * @param method the method, lower case, without version
     * @param result the result keyword, lower case
     * @param reason the {@code reason=} text, empty if none
     * @param properties {@code ptype.property} (lower case) to value, e.g. {@code smtp.mailfrom},
     *     {@code header.d}, {@code header.from}, {@code smtp.auth}
     */
    public record MethodResult(String method, String result, String reason, Map<String, String> properties) {

        public MethodResult {
            properties = Map.copyOf(properties);
        }

        public Optional<String> property(String name) {
            return Optional.ofNullable(properties.get(name));
        }
    }
}
