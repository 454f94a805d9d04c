package vn.officialmail.gateway.trust.smime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The first private key of a unit's PKCS#12 file and its certificate chain (the key's own
 * certificate first), as both the decrypting and the signing unit keys are configured.
 *
 * @param privateKey the key
 * @param chain the X.509 certificates of its chain, never empty
 */
record Pkcs12Entry(PrivateKey privateKey, List<X509Certificate> chain) {

    /**
     * Reads a PKCS#12 file.
     *
     * @param file the file
     * @param password its password (also the key's)
     * @param where the setting that names the file, for the error message
     * @return the first key entry with an X.509 certificate
     * @throws IllegalArgumentException naming the setting and the file (never the password) when the
     *     file is missing, not PKCS#12, has another password or holds no such entry
     */
    static Pkcs12Entry read(Path file, char[] password, String where) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)
                        && store.getCertificate(alias) instanceof X509Certificate
                        && store.getKey(alias, password) instanceof PrivateKey privateKey) {
                    List<X509Certificate> chain = new ArrayList<>();
                    Certificate[] certificates = store.getCertificateChain(alias);
                    for (Certificate certificate : certificates == null ? new Certificate[0] : certificates) {
                        if (certificate instanceof X509Certificate x509) {
                            chain.add(x509);
                        }
                    }
                    if (!chain.isEmpty()) {
                        return new Pkcs12Entry(privateKey, List.copyOf(chain));
                    }
                }
            }
            throw new IllegalArgumentException(
                    where + " holds no private key with a certificate: " + file.toAbsolutePath());
        } catch (IOException | GeneralSecurityException e) {
            // The password is not part of the message: wrong password and broken file look alike.
            throw new IllegalArgumentException(
                    where + " cannot be read (missing file, not PKCS#12, or wrong password): " + file.toAbsolutePath(),
                    e);
        }
    }
}
