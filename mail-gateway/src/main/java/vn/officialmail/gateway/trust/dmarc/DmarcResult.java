package vn.officialmail.gateway.trust.dmarc;

import java.util.Locale;

/** The DMARC result, named as in Authentication-Results (RFC 8601 §2.7.1 via RFC 7489 §11.2). */
public enum DmarcResult {
    /** An aligned SPF or DKIM pass authenticates the From domain. */
    PASS,
    /** The domain publishes DMARC and nothing aligned passed: the From is not authenticated. */
    FAIL,
    /** The domain publishes no (usable) DMARC record. */
    NONE,
    /** A temporary DNS failure: ask again later. */
    TEMPERROR,
    /** The domain's DMARC record is broken. */
    PERMERROR;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
