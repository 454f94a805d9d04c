package vn.officialmail.gateway.smtp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The STARTTLS key material: a configured PKCS#12 keystore, or on first start a self-signed one
 * generated under the data directory (with a random password kept beside it, readable by the
 * owner only) so that TLS works out of the box.
 */
final class TlsKeystore {

    private static final Logger log = LoggerFactory.getLogger(TlsKeystore.class);

    private TlsKeystore() {}

    static SSLContext sslContext(SmtpSettings.Tls tls, Path dataDir, String hostName) throws IOException {
        try {
            Path keystore;
            char[] password;
            if (tls.keystore().isPresent()) {
                keystore = tls.keystore().get();
                password = tls.keystorePassword()
                        .orElseThrow(() -> new IllegalStateException(
                                "gateway.smtp.tls.keystore-password is required with gateway.smtp.tls.keystore: "
                                        + keystore))
                        .toCharArray();
            } else {
                keystore = dataDir.resolve("tls").resolve("smtp-self-signed.p12");
                password = selfSigned(keystore, hostName);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, password);
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, new SecureRandom());
            return context;
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("Cannot set up STARTTLS: " + e.getMessage(), e);
        }
    }

    private static char[] selfSigned(Path keystore, String hostName)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        Path passwordFile = keystore.resolveSibling(keystore.getFileName() + ".password");
        if (Files.exists(keystore) && Files.exists(passwordFile)) {
            return Files.readString(passwordFile, StandardCharsets.US_ASCII)
                    .trim()
                    .toCharArray();
        }
        Files.createDirectories(keystore.getParent());
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        char[] password =
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();

        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=" + hostName);
        Instant now = Instant.now();
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate());
        // Clients check the name they connected to against the subject alternative names (RFC 6125).
        GeneralNames names = new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, hostName),
            new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.iPAddress, "127.0.0.1")
        });
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                subject,
                                new BigInteger(64, new SecureRandom()),
                                Date.from(now.minus(Duration.ofDays(1))),
                                Date.from(now.plus(Duration.ofDays(3650))),
                                subject,
                                pair.getPublic())
                        .addExtension(Extension.subjectAlternativeName, false, names)
                        .build(signer));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("smtp", pair.getPrivate(), password, new X509Certificate[] {certificate});
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, password);
        }
        Files.writeString(passwordFile, new String(password), StandardCharsets.US_ASCII);
        restrictToOwner(keystore);
        restrictToOwner(passwordFile);
        log.info("Generated a self-signed STARTTLS certificate for {} at {}", hostName, keystore);
        return password;
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own protection has to do.
        }
    }
}
