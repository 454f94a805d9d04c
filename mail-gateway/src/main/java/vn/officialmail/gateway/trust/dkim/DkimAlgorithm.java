package vn.officialmail.gateway.trust.dkim;

import java.util.Optional;

/** The signing algorithms (RFC 6376 §3.3, RFC 8463), with the JCA names that verify them. */
public enum DkimAlgorithm {
    /** RSA with SHA-256: the usual one. */
    RSA_SHA256("rsa-sha256", "rsa", "sha256", "SHA-256", "SHA256withRSA"),
    /** Ed25519 over the SHA-256 of the header data (RFC 8463 §3). */
    ED25519_SHA256("ed25519-sha256", "ed25519", "sha256", "SHA-256", "Ed25519"),
    /** RSA with SHA-1: verifiers must not consider it valid (RFC 8301 §3.1). */
    RSA_SHA1("rsa-sha1", "rsa", "sha1", "SHA-1", "SHA1withRSA");

    private final String tag;
    private final String keyType;
    private final String hashTag;
    private final String digest;
    private final String jcaSignature;

    DkimAlgorithm(String tag, String keyType, String hashTag, String digest, String jcaSignature) {
        this.tag = tag;
        this.keyType = keyType;
        this.hashTag = hashTag;
        this.digest = digest;
        this.jcaSignature = jcaSignature;
    }

    /** The {@code a=} value. */
    public String tag() {
        return tag;
    }

    /** The key record's {@code k=} value it needs. */
    public String keyType() {
        return keyType;
    }

    /** The name in a key record's {@code h=} list. */
    public String hashTag() {
        return hashTag;
    }

    /** The JCA {@code MessageDigest} name for the body hash. */
    public String digest() {
        return digest;
    }

    /** The JCA {@code Signature} name. */
    public String jcaSignature() {
        return jcaSignature;
    }

    public static Optional<DkimAlgorithm> fromTag(String tag) {
        for (DkimAlgorithm algorithm : values()) {
            if (algorithm.tag.equalsIgnoreCase(tag)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }
}
