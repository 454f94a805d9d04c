package vn.officialmail.gateway.trust.authentication;

/**
 * How far the RFC 5322 From domain, the address people read, is authenticated: the summary the
 * channel verdict (REQUIREMENTS.md R1) starts from.
 */
public enum FromAuthentication {
    /**
     * Authenticated: DMARC pass; or, where the domain publishes no DMARC record, an aligned DKIM
     * or SPF pass; or the sender logged in (SMTP AUTH, here or at a trusted relay) as the From
     * address itself.
     */
    AUTHENTICATED,
    /** DMARC fail and the domain asks for quarantine or rejection: a forged From. */
    SPOOFED,
    /** DMARC fail where the domain only monitors ({@code p=none}): not authenticated, not condemned. */
    FAILED,
    /** A temporary DNS failure kept the answer from us: judge again later, do not condemn. */
    TEMPORARY_FAILURE,
    /** Nothing authenticates the From: no DMARC and no aligned pass, a broken record, no From. */
    UNAUTHENTICATED
}
