package vn.officialmail.gateway.trust.spf;

import java.util.Locale;

/** The result of an SPF check (RFC 7208 §2.6), named as in Authentication-Results (RFC 8601). */
public enum SpfResult {
    /** The client is authorised to send for the domain. */
    PASS,
    /** The client is explicitly not authorised ({@code -all}). */
    FAIL,
    /** Probably not authorised ({@code ~all}): a weak statement. */
    SOFTFAIL,
    /** The domain makes no statement about this client ({@code ?all}). */
    NEUTRAL,
    /** The domain publishes no SPF record, or there was no domain to check. */
    NONE,
    /** A temporary DNS error: ask again later. */
    TEMPERROR,
    /** The domain's record is broken: syntax, too many DNS lookups, too many void lookups. */
    PERMERROR;

    /** The lower-case keyword of RFC 8601 ({@code pass}, {@code softfail}, ...). */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The result for a keyword; jSPF's and RFC 4408's old names ({@code error}, {@code unknown}) too. */
    public static SpfResult fromKeyword(String keyword) {
        return switch (keyword.trim().toLowerCase(Locale.ROOT)) {
            case "pass" -> PASS;
            case "fail" -> FAIL;
            case "softfail" -> SOFTFAIL;
            case "neutral" -> NEUTRAL;
            case "none" -> NONE;
            case "temperror", "error" -> TEMPERROR;
            case "permerror", "unknown" -> PERMERROR;
            default ->
                throw new IllegalArgumentException("unknown SPF result '" + keyword + "'; known: "
                        + java.util.Arrays.stream(values())
                                .map(SpfResult::keyword)
                                .toList());
        };
    }
}
