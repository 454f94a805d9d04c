package vn.officialmail.gateway.trust.dkim;

import java.util.Locale;

/** The result of verifying one DKIM signature, named as in Authentication-Results (RFC 8601 §2.7.1). */
public enum DkimResult {
    /** The signature verified and covers the whole body. */
    PASS,
    /** The signature or the body hash did not verify: the message was changed, or forged. */
    FAIL,
    /**
     * The signature verified but local policy does not accept it: an {@code l=} tag leaves body
     * content unsigned, or the key is in testing mode ({@code t=y}, RFC 6376 §3.6.1). Never a pass.
     */
    POLICY,
    /** A signature we could not judge for other reasons. */
    NEUTRAL,
    /** A temporary failure fetching the key: ask again later. */
    TEMPERROR,
    /** The signature or key is unusable: syntax, missing key, revoked key, disallowed algorithm, expired. */
    PERMERROR;

    /** The lower-case keyword of RFC 8601. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
