package vn.officialmail.gateway.mailbox;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed server certificate for 127.0.0.1 only (no DNS name), made in the test: a PKCS#12
 * key store for the test IMAPS server and a PKCS#12 trust store with the certificate for the gateway.
 */
public record TestServerCertificate(Path keyStore, Path trustStore, String password) {

    private static TestServerCertificate forGreenMail;

    /**
     * The one certificate of every GreenMail TLS server in this JVM. GreenMail 2.1.5 reads its key
     * store once per JVM ({@code DummySSLServerSocketFactory}'s static holder) from the {@code
     * greenmail.tls.keystore.*} properties of the moment, so a second test making its own certificate
     * would trust one that the server never shows (and fail or pass depending on the order of tests).
     * The properties are set here and left set.
     */
    public static synchronized TestServerCertificate forGreenMail() throws Exception {
        if (forGreenMail == null) {
            Path dir = Files.createTempDirectory("greenmail-tls");
            dir.toFile().deleteOnExit();
            forGreenMail = create(dir);
            System.setProperty(
                    "greenmail.tls.keystore.file", forGreenMail.keyStore().toString());
            System.setProperty("greenmail.tls.keystore.password", forGreenMail.password());
        }
        return forGreenMail;
    }

    public static TestServerCertificate create(Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=127.0.0.1, O=official-mail test");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                name,
                BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(2))),
                name,
                keys.getPublic());
        builder.addExtension(
                Extension.subjectAlternativeName,
                false,
                new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        String password = "test-store";
        KeyStore server = KeyStore.getInstance("PKCS12");
        server.load(null, null);
        server.setKeyEntry("greenmail", keys.getPrivate(), password.toCharArray(), new X509Certificate[] {certificate});
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("imap-server", certificate);
        Path keyStore = dir.resolve("imap-server.p12");
        Path trustStore = dir.resolve("imap-trust.p12");
        try (OutputStream out = Files.newOutputStream(keyStore)) {
            server.store(out, password.toCharArray());
        }
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            trust.store(out, password.toCharArray());
        }
        return new TestServerCertificate(keyStore, trustStore, password);
    }
}
