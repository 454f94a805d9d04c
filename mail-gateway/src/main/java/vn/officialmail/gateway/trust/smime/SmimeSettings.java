package vn.officialmail.gateway.trust.smime;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * S/MIME verification and decryption ({@code gateway.authentication.smime.*}). A component left
 * out ({@code null}) takes the default named here; a bad value fails with the key, the value and
 * what is allowed. Files are read once, by {@link SmimeTrustMaterial#load(SmimeSettings)}.
 *
 * @param trustAnchors directory of trusted root (or directly trusted intermediate) certificates,
 *     PEM or DER, e.g. the Vietnamese government root CA; default none, and then no signature is
 *     ever trusted
 * @param crls directory of CRL files (PEM or DER), never fetched from the network; default the
 *     trust-anchors directory
 * @param crlRequired a certificate whose issuer has no current CRL is {@code UNTRUSTED}; default
 *     false (revocation then goes unchecked for that issuer, with a reason saying so)
 * @param unitKeys the units' decryption keys; default none
 * @param maxPartBytes largest signed or encrypted part handled, in octets; default 33554432 (32
 *     MiB), 1024 to 1073741824
 * @param maxCertificates most certificates accepted in one CMS structure; default 20, 1 to 1000
 * @param maxDepth most nested S/MIME layers (signed inside encrypted inside ...); default 3, 1 to 10
 * @param ocspResponder the agency's OCSP responder (RFC 6960), asked about every certificate of a
 *     signer's chain that no current CRL covers; default none. Only this configured address is ever
 *     contacted, never the addresses certificates name, so the gateway calls out only where told to
 * @param ocspTimeout how long to wait for the responder; default 5 s, 100 ms to 60 s
 */
public record SmimeSettings(
        @Nullable Path trustAnchors,
        @Nullable Path crls,
        Boolean crlRequired,
        List<UnitKey> unitKeys,
        Integer maxPartBytes,
        Integer maxCertificates,
        Integer maxDepth,
        @Nullable URI ocspResponder,
        @Nullable Duration ocspTimeout) {

    static final String PREFIX = "gateway.authentication.smime.";

    public SmimeSettings {
        crls = crls == null ? trustAnchors : crls;
        crlRequired = crlRequired != null && crlRequired;
        unitKeys = unitKeys == null ? List.of() : List.copyOf(unitKeys);
        maxPartBytes = maxPartBytes == null ? 32 * 1024 * 1024 : maxPartBytes;
        maxCertificates = maxCertificates == null ? 20 : maxCertificates;
        maxDepth = maxDepth == null ? 3 : maxDepth;
        ocspTimeout = ocspTimeout == null ? Duration.ofSeconds(5) : ocspTimeout;
        if (ocspTimeout.compareTo(Duration.ofMillis(100)) < 0 || ocspTimeout.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new IllegalArgumentException(PREFIX + "ocsp-timeout must be between 100ms and 60s: " + ocspTimeout);
        }
        if (ocspResponder != null
                && !("http".equals(ocspResponder.getScheme()) || "https".equals(ocspResponder.getScheme()))) {
            throw new IllegalArgumentException(
                    PREFIX + "ocsp-responder must be an http:// or https:// address: " + ocspResponder);
        }
        requireRange("max-part-bytes", maxPartBytes, 1024, 1 << 30);
        requireRange("max-certificates", maxCertificates, 1, 1000);
        requireRange("max-depth", maxDepth, 1, 10);
        Set<String> units = new HashSet<>();
        for (UnitKey key : unitKeys) {
            if (!units.add(key.unit())) {
                throw new IllegalArgumentException(
                        PREFIX + "unit-keys: unit '" + key.unit() + "' appears twice; one entry per unit");
            }
        }
    }

    /** Every default: no trust anchors, no CRLs, no unit keys. */
    public static SmimeSettings defaults() {
        return new SmimeSettings(null, null, null, null, null, null, null, null, null);
    }

    /** Settings with these trust anchors and CRLs (the same directory for both when {@code crls} is null). */
    public static SmimeSettings of(Path trustAnchors, @Nullable Path crls, List<UnitKey> unitKeys) {
        return new SmimeSettings(trustAnchors, crls, null, unitKeys, null, null, null, null, null);
    }

    private static void requireRange(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(PREFIX + key + " must be between " + min + " and " + max + ": " + value);
        }
    }

    /**
     * One unit's decryption key ({@code gateway.authentication.smime.unit-keys[n].*}).
     *
     * @param unit the unit's code or name, shown in "decrypted with unit X"; required
     * @param pkcs12 the PKCS#12 file holding the unit's certificate and private key; required
     * @param password the PKCS#12 password; never logged and left out of {@link #toString()}
     */
    public record UnitKey(String unit, Path pkcs12, String password) {

        public UnitKey {
            if (unit == null || unit.isBlank()) {
                throw new IllegalArgumentException(
                        PREFIX + "unit-keys[].unit must name the unit (e.g. VP): '" + unit + "'");
            }
            if (pkcs12 == null) {
                throw new IllegalArgumentException(PREFIX + "unit-keys[].pkcs12 is missing for unit '" + unit
                        + "': give the path of a PKCS#12 (.p12/.pfx) file");
            }
            unit = unit.strip();
            password = password == null ? "" : password;
        }

        @Override
        public String toString() {
            return "UnitKey[unit=" + unit + ", pkcs12=" + pkcs12 + ", password=***]";
        }
    }
}
