package vn.officialmail.gateway.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The audit chain head kept outside the database ({@code <data-dir>/audit/chain-head}), signed with
 * the {@link AuditSigningKey}, so that a rewrite of the database alone cannot hide and an edit of
 * the file shows. Off-machine copies of the file and the public key are the operator's choice.
 */
public final class AuditHeadExport {

    private final Path file;
    private final AuditSigningKey key;

    public AuditHeadExport(Path dataDir, AuditSigningKey key) {
        this.file = dataDir.resolve("audit").resolve("chain-head");
        this.key = key;
    }

    synchronized void write(AuditHead head) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("chain-head.tmp");
        String signed = signedPart(head);
        byte[] content = (signed + " " + key.sign(signed) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(
                tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(content));
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The last exported head, if any, and whether its signature holds. */
    public Optional<ExportedHead> read() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String[] parts =
                Files.readString(file, StandardCharsets.US_ASCII).trim().split(" ");
        try {
            AuditHead head = new AuditHead(Long.parseLong(parts[0]), parts[1]);
            boolean signed = parts.length == 3 && key.verify(signedPart(head), parts[2]);
            return Optional.of(new ExportedHead(head, signed));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IOException("The exported audit chain head " + file + " is unreadable", e);
        }
    }

    private static String signedPart(AuditHead head) {
        return head.chainSeq() + " " + head.hash();
    }

    /** An exported head and whether its signature matched the gateway's key. */
    public record ExportedHead(AuditHead head, boolean signatureValid) {}
}
