package vn.officialmail.gateway.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Content-addressed, write-once store for originals and attachments: a blob's name is the
 * SHA-256 of its bytes, so the same content is kept once and any change to it is detected on
 * read. Writes go to a temporary file, are forced to disk and then atomically renamed.
 */
public final class BlobStore {

    private final Path root;
    private final Object[] stripes = new Object[64];

    public BlobStore(Path root) {
        this.root = root;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
        try {
            Files.createDirectories(root.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create blob store at " + root, e);
        }
    }

    /** Stores the bytes (once) and returns their SHA-256 in hex. */
    public String put(byte[] content) throws IOException {
        String sha256 = sha256Hex(content);
        Path target = pathOf(sha256);
        synchronized (stripe(sha256)) {
            if (Files.exists(target)) {
                // Marks the blob as wanted again, so a destruction running now keeps it (see deleteIfUntouchedSince).
                Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
                return sha256;
            }
        }
        Files.createDirectories(target.getParent());
        Path tmp = root.resolve("tmp").resolve(UUID.randomUUID() + ".part");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            var buffer = java.nio.ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceDirectory(target.getParent());
        return sha256;
    }

    /** Reads a blob and verifies that its bytes still hash to its name. */
    public byte[] read(String sha256) throws IOException {
        byte[] content;
        try {
            content = Files.readAllBytes(pathOf(sha256));
        } catch (NoSuchFileException e) {
            throw new IOException("Blob " + sha256 + " is missing from " + root, e);
        }
        String actual = sha256Hex(content);
        if (!actual.equals(sha256)) {
            throw new IOException("Blob " + sha256 + " is corrupt: its content hashes to " + actual);
        }
        return content;
    }

    /**
     * Deletes a blob that destruction of a dossier found unreferenced, unless it was stored again
     * (by a {@link #put} of the same content) since {@code since}: the new reference to it may not
     * be committed yet, so such a blob is kept. Returns whether the blob is gone.
     */
    public boolean deleteIfUntouchedSince(String sha256, java.time.Instant since) throws IOException {
        Path target = pathOf(sha256);
        synchronized (stripe(sha256)) {
            if (!Files.exists(target)) {
                return true;
            }
            // Some file systems keep whole seconds: a margin so a put in the same second counts.
            java.time.Instant touched = Files.getLastModifiedTime(target).toInstant();
            if (!touched.isBefore(since.minusSeconds(2))) {
                return false;
            }
            Files.delete(target);
        }
        forceDirectory(target.getParent());
        return true;
    }

    private Object stripe(String sha256) {
        return stripes[Integer.parseInt(sha256.substring(0, 2), 16) % stripes.length];
    }

    /** Opens a blob for streaming without verification (callers that need it use {@link #read}). */
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    /** The store's directory. */
    public Path root() {
        return root;
    }

    public boolean contains(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("blob name must be 64 lower-case hex digits: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    public static String sha256Hex(byte[] content) {
        return HexFormat.of().formatHex(sha256Digest().digest(content));
    }

    /** The SHA-256 of a file's bytes in hex, read as a stream (blobs and backups can be large). */
    public static String sha256Hex(Path file) throws IOException {
        MessageDigest digest = sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A fresh SHA-256 digest. */
    public static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static void forceDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
