package vn.officialmail.gateway.trust.smime;

/**
 * What the S/MIME check found. Only {@link #VALID} makes a signature count; every other status
 * except {@link #NONE} means a signature or encryption was there and failed (a broken or untrusted
 * signature is never official, issue 4).
 */
public enum SmimeStatus {
    /** No S/MIME signature (the message may still have been encrypted and decrypted). */
    NONE,
    /** Signature verified, certificate chains to a trust anchor, not revoked, fit for e-mail. */
    VALID,
    /** The signature does not match the content: changed after signing, or forged. */
    INVALID_SIGNATURE,
    /** The certificate path does not reach a trust anchor, or revocation could not be checked when required. */
    UNTRUSTED,
    /** A certificate of the path is not valid at the signing time or now. */
    EXPIRED,
    /** A certificate of the path is on its issuer's CRL. */
    REVOKED,
    /** The signer's certificate is not for signing e-mail (key usage or extended key usage). */
    WRONG_KEY_USAGE,
    /** The signature is valid and trusted, but the certificate belongs to another address than From. */
    FROM_MISMATCH,
    /** Encrypted, and no configured unit key can decrypt it. */
    ENCRYPTED_NO_KEY,
    /** The S/MIME structure cannot be read, or exceeds the configured bounds. */
    MALFORMED
}
