package vn.officialmail.gateway.trust.dkim;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import vn.officialmail.gateway.trust.HeaderField;

/**
 * A parsed DKIM-Signature field (RFC 6376 §3.5).
 *
 * @param field the field as it came (its raw text is hashed, b= emptied)
 * @param algorithm {@code a=}
 * @param signature {@code b=}, decoded
 * @param bodyHash {@code bh=}, decoded
 * @param headerCanonicalization {@code c=} header part: {@code simple} or {@code relaxed}
 * @param bodyCanonicalization {@code c=} body part
 * @param domain {@code d=}, lower case
 * @param signedHeaders {@code h=}, lower case, in order, repeats kept
 * @param identity {@code i=}, default {@code @<d>}
 * @param bodyLength {@code l=}, when the signer limited the signed body
 * @param selector {@code s=}, lower case
 * @param timestamp {@code t=}, seconds since the epoch
 * @param expiration {@code x=}, seconds since the epoch
 */
public record DkimSignature(
        HeaderField field,
        DkimAlgorithm algorithm,
        byte[] signature,
        byte[] bodyHash,
        String headerCanonicalization,
        String bodyCanonicalization,
        String domain,
        List<String> signedHeaders,
        String identity,
        OptionalLong bodyLength,
        String selector,
        OptionalLong timestamp,
        OptionalLong expiration) {

    public DkimSignature {
        signedHeaders = List.copyOf(signedHeaders);
    }

    /** The domain part of {@code i=}. */
    public String identityDomain() {
        return identity.substring(identity.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a DKIM-Signature field.
     *
     * @throws DkimCheckFailure a permerror saying what is wrong
     */
    static DkimSignature parse(HeaderField field) throws DkimCheckFailure {
        TagList tags;
        try {
            tags = TagList.parse(field.value());
        } catch (IllegalArgumentException e) {
            throw DkimCheckFailure.permerror("dkim.signature-syntax", e.getMessage());
        }
        try {
            if (!"1".equals(tags.require("v"))) {
                throw DkimCheckFailure.permerror("dkim.signature-version", tags.require("v"));
            }
            String algorithmTag = tags.require("a");
            DkimAlgorithm algorithm = DkimAlgorithm.fromTag(algorithmTag)
                    .orElseThrow(() -> DkimCheckFailure.permerror("dkim.unknown-algorithm", algorithmTag));
            byte[] signature = base64(tags.require("b"), "b");
            byte[] bodyHash = base64(tags.require("bh"), "bh");
            String[] canonicalization = tags.get("c")
                    .orElse("simple/simple")
                    .toLowerCase(Locale.ROOT)
                    .split("/", -1);
            String header = canonicalization[0];
            String body = canonicalization.length > 1 ? canonicalization[1] : "simple";
            if (canonicalization.length > 2 || !isCanonicalization(header) || !isCanonicalization(body)) {
                throw DkimCheckFailure.permerror(
                        "dkim.signature-syntax", "c=" + tags.get("c").orElse(""));
            }
            String domain = stripDot(tags.require("d").toLowerCase(Locale.ROOT));
            List<String> signedHeaders = new ArrayList<>();
            for (String name : tags.require("h").split(":", -1)) {
                String trimmed = TagList.withoutWhitespace(name).toLowerCase(Locale.ROOT);
                if (trimmed.isEmpty()) {
                    throw DkimCheckFailure.permerror("dkim.signature-syntax", "h=" + tags.require("h"));
                }
                signedHeaders.add(trimmed);
            }
            String identity = tags.get("i").orElse("@" + domain);
            String selector = tags.require("s").toLowerCase(Locale.ROOT);
            for (String method : tags.get("q").orElse("dns/txt").split(":", -1)) {
                if (!method.strip().toLowerCase(Locale.ROOT).startsWith("dns/txt")) {
                    throw DkimCheckFailure.permerror("dkim.signature-syntax", "q=" + method.strip());
                }
            }
            return new DkimSignature(
                    field,
                    algorithm,
                    signature,
                    bodyHash,
                    header,
                    body,
                    domain,
                    signedHeaders,
                    identity,
                    number(tags, "l"),
                    selector,
                    number(tags, "t"),
                    number(tags, "x"));
        } catch (IllegalArgumentException e) {
            throw DkimCheckFailure.permerror("dkim.signature-syntax", e.getMessage());
        }
    }

    private static boolean isCanonicalization(String name) {
        return name.equals("simple") || name.equals("relaxed");
    }

    private static byte[] base64(String value, String tag) throws DkimCheckFailure {
        try {
            return Base64.getDecoder().decode(TagList.withoutWhitespace(value));
        } catch (IllegalArgumentException e) {
            throw DkimCheckFailure.permerror("dkim.signature-syntax", tag + "= is not base64");
        }
    }

    private static OptionalLong number(TagList tags, String tag) throws DkimCheckFailure {
        String value = tags.get(tag).orElse(null);
        if (value == null) {
            return OptionalLong.empty();
        }
        // At most 76 bits by the grammar (RFC 6376 §3.5); beyond a long is no real message anyway.
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw DkimCheckFailure.permerror("dkim.signature-syntax", tag + "=" + value);
        }
        return OptionalLong.of(Long.parseLong(value));
    }

    private static String stripDot(String domain) {
        return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    }
}
