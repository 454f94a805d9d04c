package vn.officialmail.gateway.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 key that signs the audit chain head exported outside the database. It is created on
 * first start under {@code <data-dir>/keys/} (private key readable by the owner only); keep a copy
 * of the public key elsewhere to check exported heads independently of this machine.
 */
public final class AuditSigningKey {

    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private AuditSigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Loads the key from {@code dir}, creating it when there is none. */
    public static AuditSigningKey loadOrCreate(Path dir) {
        Path privateFile = dir.resolve("audit-signing.key");
        Path publicFile = dir.resolve("audit-signing.pub");
        try {
            if (!Files.exists(privateFile)) {
                create(dir, privateFile, publicFile);
            }
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            return new AuditSigningKey(
                    keys.generatePrivate(new PKCS8EncodedKeySpec(decode(privateFile))),
                    keys.generatePublic(new X509EncodedKeySpec(decode(publicFile))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit signing key in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The audit signing key in " + dir + " is not a valid Ed25519 key", e);
        }
    }

    private static void create(Path dir, Path privateFile, Path publicFile)
            throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        Files.writeString(publicFile, encode(pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        try {
            Files.createFile(
                    privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            return; // another start created it first
        } catch (UnsupportedOperationException e) {
            Files.createFile(privateFile); // not a POSIX file system
        }
        Files.writeString(privateFile, encode(pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
    }

    String sign(String content) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the audit chain head", e);
        }
    }

    boolean verify(String content, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(content.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String encode(byte[] der) {
        return Base64.getEncoder().encodeToString(der) + "\n";
    }

    private static byte[] decode(Path file) throws IOException {
        return Base64.getDecoder()
                .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    }
}
