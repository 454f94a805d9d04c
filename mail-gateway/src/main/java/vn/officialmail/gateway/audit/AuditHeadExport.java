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
 * The audit chain head kept outside the database ({@code <data-dir>/audit/chain-head}), so that a
 * rewrite of the database alone cannot hide. The registry issue adds a signature and off-machine
 * copies.
 */
public final class AuditHeadExport {

    private final Path file;

    public AuditHeadExport(Path dataDir) {
        this.file = dataDir.resolve("audit").resolve("chain-head");
    }

    synchronized void write(AuditHead head) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("chain-head.tmp");
        byte[] content = (head.chainSeq() + " " + head.hash() + "\n").getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(
                tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(content));
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The last exported head, if any. */
    public Optional<AuditHead> read() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String[] parts =
                Files.readString(file, StandardCharsets.US_ASCII).trim().split(" ");
        return Optional.of(new AuditHead(Long.parseLong(parts[0]), parts[1]));
    }
}
