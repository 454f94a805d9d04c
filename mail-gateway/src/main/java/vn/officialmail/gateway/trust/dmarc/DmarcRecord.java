package vn.officialmail.gateway.trust.dmarc;

import java.util.Optional;
import vn.officialmail.gateway.trust.dkim.TagList;

/**
 * A DMARC policy record ({@code _dmarc.<domain>} TXT, RFC 7489 §6.3).
 *
 * @param policy {@code p=}
 * @param subdomainPolicy {@code sp=}, for subdomains of the organisational domain
 * @param dkimAlignment {@code adkim=}, default relaxed
 * @param spfAlignment {@code aspf=}, default relaxed
 * @param percentage {@code pct=}, 0 to 100, default 100
 */
public record DmarcRecord(
        DmarcPolicy policy,
        Optional<DmarcPolicy> subdomainPolicy,
        Alignment dkimAlignment,
        Alignment spfAlignment,
        int percentage) {

    /** Whether a TXT record is meant as DMARC: it starts with {@code v=DMARC1} (§6.6.3 step 3). */
    static boolean isDmarc(String text) {
        String rest = text.stripLeading();
        if (!rest.startsWith("v")) {
            return false;
        }
        rest = rest.substring(1).stripLeading();
        if (!rest.startsWith("=")) {
            return false;
        }
        rest = rest.substring(1).stripLeading();
        if (!rest.startsWith("DMARC1")) {
            return false;
        }
        rest = rest.substring(6).stripLeading();
        return rest.isEmpty() || rest.startsWith(";");
    }

    /**
     * Parses a record that {@link #isDmarc} accepted. Unknown tags and bad optional values are
     * ignored in favour of defaults (§6.3); a missing or bad {@code p=} is an error unless a
     * reporting address makes the record {@code p=none} (§6.6.3 step 6).
     *
     * @throws IllegalArgumentException what is wrong
     */
    static DmarcRecord parse(String text) {
        TagList tags = TagList.parse(text);
        Optional<DmarcPolicy> policy = tags.get("p").flatMap(DmarcPolicy::fromKeyword);
        if (policy.isEmpty()) {
            if (tags.get("rua").filter(rua -> !rua.isBlank()).isPresent()) {
                policy = Optional.of(DmarcPolicy.NONE);
            } else {
                throw new IllegalArgumentException(
                        "p=" + tags.get("p").orElse("(missing)") + " is not none, quarantine or reject");
            }
        }
        return new DmarcRecord(
                policy.get(),
                tags.get("sp").flatMap(DmarcPolicy::fromKeyword),
                alignment(tags.get("adkim")),
                alignment(tags.get("aspf")),
                percentage(tags.get("pct")));
    }

    private static Alignment alignment(Optional<String> value) {
        return value.map(String::strip).filter("s"::equalsIgnoreCase).isPresent()
                ? Alignment.STRICT
                : Alignment.RELAXED;
    }

    private static int percentage(Optional<String> value) {
        try {
            int pct = Integer.parseInt(value.orElse("100").strip());
            return pct < 0 || pct > 100 ? 100 : pct;
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
