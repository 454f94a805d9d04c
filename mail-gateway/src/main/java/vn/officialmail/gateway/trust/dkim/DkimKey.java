package vn.officialmail.gateway.trust.dkim;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A public key record ({@code <selector>._domainkey.<domain>} TXT, RFC 6376 §3.6.1).
 *
 * @param keyType {@code k=}: {@code rsa} (default) or {@code ed25519}
 * @param publicKey the decoded key
 * @param hashAlgorithms {@code h=}: the hashes the key may be used with; empty means any
 * @param testing {@code t=y}: the domain is testing DKIM
 * @param strictIdentity {@code t=s}: {@code i=} must be in exactly {@code d=}, not a subdomain
 */
record DkimKey(
        String keyType, PublicKey publicKey, List<String> hashAlgorithms, boolean testing, boolean strictIdentity) {

    // SubjectPublicKeyInfo header for a raw 32-byte Ed25519 key (RFC 8410), which DNS holds bare (RFC 8463 §4).
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    DkimKey {
        hashAlgorithms = List.copyOf(hashAlgorithms);
    }

    /**
     * Parses a key record.
     *
     * @throws DkimCheckFailure a permerror: syntax, wrong version, revoked ({@code p=} empty),
     *     not for e-mail, an undecodable key
     */
    static DkimKey parse(String record) throws DkimCheckFailure {
        TagList tags;
        try {
            tags = TagList.parse(record);
        } catch (IllegalArgumentException e) {
            throw DkimCheckFailure.permerror("dkim.key-syntax", e.getMessage());
        }
        if (tags.get("v").isPresent()
                && (!"DKIM1".equals(tags.get("v").get())
                        || !"v".equals(tags.firstTag().orElse("")))) {
            throw DkimCheckFailure.permerror(
                    "dkim.key-syntax", "v=" + tags.get("v").get());
        }
        String p = TagList.withoutWhitespace(
                tags.get("p").orElseThrow(() -> DkimCheckFailure.permerror("dkim.key-syntax", "no p=")));
        if (p.isEmpty()) {
            throw DkimCheckFailure.permerror("dkim.key-revoked");
        }
        String keyType = tags.get("k").orElse("rsa").toLowerCase(Locale.ROOT);
        List<String> services = list(tags.get("s").orElse("*"));
        if (!services.contains("*") && !services.contains("email")) {
            throw DkimCheckFailure.permerror("dkim.key-not-for-email", String.join(":", services));
        }
        List<String> flags = list(tags.get("t").orElse(""));
        return new DkimKey(
                keyType,
                decode(keyType, p),
                tags.get("h").map(DkimKey::list).orElse(List.of()),
                flags.contains("y"),
                flags.contains("s"));
    }

    /** The RSA modulus length in bits, or 256 for Ed25519. */
    int bits() {
        return publicKey instanceof RSAPublicKey rsa ? rsa.getModulus().bitLength() : 256;
    }

    private static PublicKey decode(String keyType, String base64) throws DkimCheckFailure {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            return switch (keyType) {
                case "rsa" -> KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(bytes));
                case "ed25519" -> {
                    if (bytes.length != 32) {
                        throw DkimCheckFailure.permerror(
                                "dkim.key-syntax", "Ed25519 key of " + bytes.length + " octets");
                    }
                    byte[] spki = Arrays.copyOf(ED25519_SPKI_PREFIX, ED25519_SPKI_PREFIX.length + 32);
                    System.arraycopy(bytes, 0, spki, ED25519_SPKI_PREFIX.length, 32);
                    yield KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
                }
                default -> throw DkimCheckFailure.permerror("dkim.key-syntax", "k=" + keyType);
            };
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw DkimCheckFailure.permerror("dkim.key-syntax", "p= is not a " + keyType + " public key");
        }
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(":"))
                .map(String::strip)
                .map(s -> s.toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
