package vn.officialmail.gateway.trust.dmarc;

import java.util.Locale;
import java.util.Optional;

/** What a domain owner asks receivers to do with mail that fails DMARC (RFC 7489 §6.3 {@code p=}). */
public enum DmarcPolicy {
    /** Only monitor. */
    NONE,
    /** Treat as suspicious (spam folder, quarantine). */
    QUARANTINE,
    /** Refuse it. */
    REJECT;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<DmarcPolicy> fromKeyword(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "none" -> Optional.of(NONE);
            case "quarantine" -> Optional.of(QUARANTINE);
            case "reject" -> Optional.of(REJECT);
            default -> Optional.empty();
        };
    }
}
