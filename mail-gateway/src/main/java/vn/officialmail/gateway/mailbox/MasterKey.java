package vn.officialmail.gateway.mailbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The AES-256 key that encrypts mailbox passwords and tokens at rest. It comes from the
 * environment ({@code GATEWAY_MAILBOX_MASTER_KEY}, base64) or from a key file that is created on
 * first start. The key lives outside the database on purpose: a copy of the database (a backup, a
 * dump handed to support) then holds only ciphertexts.
 */
final class MasterKey {

    static final int KEY_BYTES = 32;

    // Owner read/write only: anyone who can read the file can decrypt every mailbox credential.
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private MasterKey() {}

    /** The key given as a value, else the one in {@code file}, created there if absent. */
    static SecretKey load(@Nullable String value, Path file) {
        if (value != null && !value.isBlank()) {
            return decode(value.strip(), "gateway.mailbox.master-key");
        }
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the mailbox master key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        try {
            // Created with the permissions already set, so the key is never readable by others, not even briefly.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system (Windows): the directory's ACL applies
        } catch (FileAlreadyExistsException e) {
            return; // another node or process created it first: use theirs
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
    }

    private static SecretKey decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The mailbox master key in " + where + " is not base64", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("The mailbox master key in " + where + " must be " + KEY_BYTES
                    + " bytes (AES-256), base64-encoded; it has " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}
