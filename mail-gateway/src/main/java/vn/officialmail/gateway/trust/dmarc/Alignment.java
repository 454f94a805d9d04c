package vn.officialmail.gateway.trust.dmarc;

/** Identifier alignment modes, {@code adkim=} and {@code aspf=} (RFC 7489 §3.1). */
public enum Alignment {
    /** {@code r}: same organisational domain (default). */
    RELAXED,
    /** {@code s}: exactly the same domain. */
    STRICT
}
