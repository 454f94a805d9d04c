package vn.officialmail.gateway.trust.smime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CRL;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The certificates, CRLs and unit keys S/MIME checks use, read once from the files named in
 * {@link SmimeSettings}. Loading fails with the settings key and the file at fault, so a bad
 * trust store stops the gateway at startup rather than making every signature untrusted.
 *
 * @param anchors every certificate of the trust-anchors directory, each trusted as it is
 * @param crls every CRL of the CRL directory (signatures are checked when used)
 * @param unitKeys the units' decryption keys
 */
public record SmimeTrustMaterial(Set<TrustAnchor> anchors, List<X509CRL> crls, List<UnitDecryptionKey> unitKeys) {

    private static final List<String> KNOWN_SUFFIXES = List.of(".pem", ".crt", ".cer", ".der", ".crl");

    public SmimeTrustMaterial {
        anchors = Set.copyOf(anchors);
        crls = List.copyOf(crls);
        unitKeys = List.copyOf(unitKeys);
    }

    /** Reads every file the settings name. */
    public static SmimeTrustMaterial load(SmimeSettings settings) {
        List<TrustAnchor> anchors = new ArrayList<>();
        List<X509CRL> crls = new ArrayList<>();
        if (settings.trustAnchors() != null) {
            for (Path file : files(SmimeSettings.PREFIX + "trust-anchors", settings.trustAnchors())) {
                List<X509Certificate> found = certificates(file);
                requireReadable(SmimeSettings.PREFIX + "trust-anchors", file, !found.isEmpty());
                found.forEach(c -> anchors.add(new TrustAnchor(c, null)));
            }
        }
        if (settings.crls() != null) {
            for (Path file : files(SmimeSettings.PREFIX + "crls", settings.crls())) {
                List<X509CRL> found = crls(file);
                requireReadable(SmimeSettings.PREFIX + "crls", file, !found.isEmpty());
                crls.addAll(found);
            }
        }
        List<UnitDecryptionKey> keys = new ArrayList<>();
        for (SmimeSettings.UnitKey key : settings.unitKeys()) {
            keys.add(unitKey(key));
        }
        return new SmimeTrustMaterial(Set.copyOf(anchors), crls, keys);
    }

    /** Nothing trusted, nothing to decrypt with. */
    public static SmimeTrustMaterial empty() {
        return new SmimeTrustMaterial(Set.of(), List.of(), List.of());
    }

    // A file named like a certificate or CRL must be one (or the other: one directory may hold
    // both); other files (README, ...) are left alone.
    private static void requireReadable(String key, Path file, boolean readable) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean named = KNOWN_SUFFIXES.stream().anyMatch(name::endsWith);
        if (named && !readable && certificates(file).isEmpty() && crls(file).isEmpty()) {
            throw new IllegalArgumentException(
                    key + ": " + file.toAbsolutePath() + " is neither a certificate nor a CRL (PEM or DER expected)");
        }
    }

    private static List<Path> files(String key, Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(
                    key + " must be a readable directory of PEM or DER files: " + directory.toAbsolutePath());
        }
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException(key + " cannot be listed: " + directory.toAbsolutePath(), e);
        }
    }

    // A file may hold a certificate, a CRL, both (one directory for both) or neither (README, ...).
    private static List<X509Certificate> certificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> found = factory().generateCertificates(in);
            return found.stream().map(X509Certificate.class::cast).toList();
        } catch (IOException | GeneralSecurityException e) {
            return List.of();
        }
    }

    private static List<X509CRL> crls(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends CRL> found = factory().generateCRLs(in);
            return found.stream().map(X509CRL.class::cast).toList();
        } catch (IOException | GeneralSecurityException e) {
            return List.of();
        }
    }

    private static UnitDecryptionKey unitKey(SmimeSettings.UnitKey key) {
        String where = SmimeSettings.PREFIX + "unit-keys[" + key.unit() + "].pkcs12";
        Pkcs12Entry entry = Pkcs12Entry.read(key.pkcs12(), key.password().toCharArray(), where);
        return new UnitDecryptionKey(key.unit(), entry.chain().get(0), entry.privateKey());
    }

    private static CertificateFactory factory() throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509");
    }

    /**
     * A unit's certificate and private key, for {@code enveloped-data} addressed to it.
     *
     * @param unit the unit's code or name
     * @param certificate its encryption certificate
     * @param privateKey its private key; left out of {@link #toString()}
     */
    public record UnitDecryptionKey(String unit, X509Certificate certificate, PrivateKey privateKey) {
        @Override
        public String toString() {
            return "UnitDecryptionKey[unit=" + unit + ", certificate="
                    + certificate.getSubjectX500Principal().getName() + "]";
        }
    }
}
