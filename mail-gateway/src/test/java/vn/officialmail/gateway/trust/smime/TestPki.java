package vn.officialmail.gateway.trust.smime;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small PKI made in the test, in the shape of the Vietnamese government's: root → intermediate
 * (issuing CA) → end-entity certificates for people (signing) and units (encryption).
 */
final class TestPki {

    static final Provider BC = new BouncyCastleProvider();
    static final Duration DAY = Duration.ofDays(1);

    private static final AtomicLong SERIALS = new AtomicLong(1000);

    final Issued root;
    final Issued intermediate;

    /**
     * A certificate with its private key.
     *
     * @param certificate the certificate
     * @param key its private key
     */
    record Issued(X509Certificate certificate, PrivateKey key) {}

    private TestPki(Issued root, Issued intermediate) {
        this.root = root;
        this.intermediate = intermediate;
    }

    /** A fresh root and intermediate named after {@code name}, valid from a year ago for ten years. */
    static TestPki create(String name) throws Exception {
        Instant now = Instant.now();
        KeyPair rootKeys = ecKeys();
        X500Name rootName = new X500Name("CN=" + name + " Root CA, O=Test, C=VN");
        X509Certificate rootCertificate = certificate(
                rootName,
                rootKeys.getPrivate(),
                rootName,
                rootKeys,
                now.minus(DAY.multipliedBy(365)),
                now.plus(DAY.multipliedBy(3650)),
                true,
                new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign),
                null,
                null);
        Issued root = new Issued(rootCertificate, rootKeys.getPrivate());
        KeyPair intermediateKeys = ecKeys();
        X509Certificate intermediateCertificate = certificate(
                rootName,
                rootKeys.getPrivate(),
                new X500Name("CN=" + name + " Issuing CA, O=Test, C=VN"),
                intermediateKeys,
                now.minus(DAY.multipliedBy(300)),
                now.plus(DAY.multipliedBy(3000)),
                true,
                new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign),
                null,
                null);
        return new TestPki(root, new Issued(intermediateCertificate, intermediateKeys.getPrivate()));
    }

    /** A person's signing certificate: digitalSignature + nonRepudiation, emailProtection, valid now. */
    Issued signer(String email) throws Exception {
        Instant now = Instant.now();
        return signer(
                email,
                now.minus(DAY.multipliedBy(30)),
                now.plus(DAY.multipliedBy(365)),
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation),
                KeyPurposeId.id_kp_emailProtection);
    }

    /** A signing certificate with the given validity, key usage and extended key usage. */
    Issued signer(String email, Instant notBefore, Instant notAfter, KeyUsage usage, KeyPurposeId... purposes)
            throws Exception {
        KeyPair keys = ecKeys();
        X509Certificate certificate = certificate(
                X500Name.getInstance(
                        intermediate.certificate().getSubjectX500Principal().getEncoded()),
                intermediate.key(),
                new X500Name("CN=" + email + ", O=Test, C=VN"),
                keys,
                notBefore,
                notAfter,
                false,
                usage,
                purposes.length == 0 ? null : new ExtendedKeyUsage(purposes),
                email);
        return new Issued(certificate, keys.getPrivate());
    }

    /** A unit's encryption certificate, RSA key transport as most mail clients use. */
    Issued unit(String email) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Instant now = Instant.now();
        X509Certificate certificate = certificate(
                X500Name.getInstance(
                        intermediate.certificate().getSubjectX500Principal().getEncoded()),
                intermediate.key(),
                new X500Name("CN=" + email + ", O=Test, C=VN"),
                keys,
                now.minus(DAY),
                now.plus(DAY.multipliedBy(365)),
                false,
                new KeyUsage(KeyUsage.keyEncipherment),
                new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection),
                email);
        return new Issued(certificate, keys.getPrivate());
    }

    /** A current CRL of the intermediate listing {@code revoked}. */
    X509CRL crl(X509Certificate... revoked) throws Exception {
        Instant now = Instant.now();
        return crl(now.minus(Duration.ofHours(1)), now.plus(DAY.multipliedBy(7)), intermediate.key(), revoked);
    }

    /** A CRL in the intermediate's name, with the given dates, signed by {@code signingKey}. */
    X509CRL crl(Instant thisUpdate, Instant nextUpdate, PrivateKey signingKey, X509Certificate... revoked)
            throws Exception {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(
                        intermediate.certificate().getSubjectX500Principal().getEncoded()),
                Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(nextUpdate));
        for (X509Certificate certificate : revoked) {
            builder.addCRLEntry(certificate.getSerialNumber(), Date.from(thisUpdate), CRLReason.keyCompromise);
        }
        return new JcaX509CRLConverter().getCRL(builder.build(contentSigner(signingKey)));
    }

    /** A fresh EC key that no certificate of this PKI belongs to, to forge with. */
    static PrivateKey strangerKey() throws GeneralSecurityException {
        return ecKeys().getPrivate();
    }

    /** Writes {@code objects} (certificates, CRLs) to {@code file} as PEM. */
    static Path writePem(Path file, Object... objects) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
                JcaPEMWriter pem = new JcaPEMWriter(out)) {
            for (Object object : objects) {
                pem.writeObject(object);
            }
        }
        return file;
    }

    /** Writes a PKCS#12 file holding {@code issued} and its chain. */
    Path writePkcs12(Path file, Issued issued, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("unit", issued.key(), password.toCharArray(), new Certificate[] {
            issued.certificate(), intermediate.certificate(), root.certificate()
        });
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }

    /** The signer's certificate and the intermediate, as a signer sends them. */
    List<X509Certificate> chainOf(Issued signer) {
        return List.of(signer.certificate(), intermediate.certificate());
    }

    private static X509Certificate certificate(
            X500Name issuer,
            PrivateKey issuerKey,
            X500Name subject,
            KeyPair keys,
            Instant notBefore,
            Instant notAfter,
            boolean ca,
            KeyUsage usage,
            ExtendedKeyUsage purposes,
            String email)
            throws Exception {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuer,
                BigInteger.valueOf(SERIALS.incrementAndGet()),
                Date.from(notBefore),
                Date.from(notAfter),
                subject,
                keys.getPublic());
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, usage);
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        if (purposes != null) {
            builder.addExtension(Extension.extendedKeyUsage, false, purposes);
        }
        if (email != null) {
            builder.addExtension(
                    Extension.subjectAlternativeName,
                    false,
                    new GeneralNames(new GeneralName(GeneralName.rfc822Name, email)));
        }
        return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner(issuerKey)));
    }

    private static ContentSigner contentSigner(PrivateKey key) throws OperatorCreationException {
        String algorithm = key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        return new JcaContentSignerBuilder(algorithm).setProvider(BC).build(key);
    }

    private static KeyPair ecKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }
}
