package vn.officialmail.gateway.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.mailbox.MailboxConfiguration;
import vn.officialmail.gateway.message.BlobStore;

/**
 * Writes a consistent backup of a running gateway, in an order that makes the copies agree:
 * first the spool, the exported audit head and the keys (so nothing they claim is missing from the
 * database copy: a message marked done was committed before, the exported head is a prefix of the
 * chain), then the database snapshot, then the blobs (write-once, and written before the commits
 * that name them). The index is left out: it is rebuilt from the records. Every file but the
 * self-named blobs is listed with its SHA-256 in {@code SHA256SUMS} ({@code sha256sum -c} reads it).
 *
 * <p>The mailbox master key is left out: the database holds the mailbox credentials it encrypts, and
 * a backup carrying both would hand whoever holds the backup every mailbox password. It is kept
 * apart (the operator's key escrow) and put back by hand before a restored gateway starts.
 */
@Component
public final class BackupWriter {

    /** Not copied from the data directory: dumped, copied apart, or rebuilt. */
    private static final Set<String> APART = Set.of("db", "blobs", "index", "backups");

    static final String FILES = "files";
    static final String BLOBS = "blobs";
    static final String SUMS = "SHA256SUMS";
    static final String DESCRIPTION = "backup.properties";

    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Path dataDir;
    private final Path masterKey;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Clock clock;

    public BackupWriter(
            DataSource dataSource,
            GatewaySettings settings,
            @Value("${spring.datasource.url}") String jdbcUrl,
            @Value("${spring.datasource.username:}") String user,
            @Value("${spring.datasource.password:}") String password,
            Clock clock) {
        this.dataSource = dataSource;
        this.dataDir = settings.dataDir();
        this.masterKey =
                MailboxConfiguration.masterKeyFile(settings).toAbsolutePath().normalize();
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.clock = clock;
    }

    /** What a backup holds. */
    public record Written(Path directory, long files, long blobs, long bytes, List<String> corruptBlobs) {}

    /** Writes a new backup directory under {@code parent} and returns it. */
    public Written write(Path parent) throws IOException {
        String name = "official-mail-backup-" + NAME.format(clock.instant());
        Path target = parent.resolve(name);
        Path partial = parent.resolve(name + ".partial");
        if (Files.exists(target) || Files.exists(partial)) {
            throw new IOException("a backup named " + name + " exists already in " + parent);
        }
        Files.createDirectories(partial);
        if (Files.getFileStore(partial).supportsFileAttributeView("posix")) {
            // It holds the audit signing key and the encrypted mailbox credentials: readable by the owner only.
            Files.setPosixFilePermissions(
                    partial, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
        TreeMap<String, String> sums = new TreeMap<>();
        long[] bytes = {0};
        copyDataFiles(partial.resolve(FILES), sums, bytes);
        Path database;
        try (Connection connection = dataSource.getConnection()) {
            database = DatabaseSnapshot.write(connection, jdbcUrl, user, password, partial);
        } catch (SQLException e) {
            throw new IOException("The database snapshot failed: " + e.getMessage(), e);
        }
        sums.put(database.getFileName().toString(), BlobStore.sha256Hex(database));
        bytes[0] += Files.size(database);
        List<String> corrupt = new ArrayList<>();
        long blobs = copyBlobs(partial.resolve(BLOBS), corrupt, bytes);
        Files.writeString(
                partial.resolve(DESCRIPTION),
                "created=" + clock.instant() + "\ndatabase=" + DatabaseSnapshot.Kind.of(jdbcUrl) + "\nblobs=" + blobs
                        + "\ncorruptBlobs=" + String.join(",", corrupt) + "\nmailboxMasterKey=not included: put "
                        + masterKey + " back from where it is kept apart\n",
                StandardCharsets.UTF_8);
        sums.put(DESCRIPTION, BlobStore.sha256Hex(partial.resolve(DESCRIPTION)));
        StringBuilder lines = new StringBuilder();
        sums.forEach((path, sha) -> lines.append(sha).append("  ").append(path).append('\n'));
        Files.writeString(partial.resolve(SUMS), lines, StandardCharsets.UTF_8);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return new Written(target, sums.size(), blobs, bytes[0], corrupt);
    }

    private void copyDataFiles(Path into, TreeMap<String, String> sums, long[] bytes) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (Stream<Path> top = Files.list(dataDir)) {
            for (Path entry : top.sorted().toList()) {
                if (APART.contains(entry.getFileName().toString())) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(entry)) {
                    for (Path file : files.filter(Files::isRegularFile)
                            .filter(f -> !f.toAbsolutePath().normalize().equals(masterKey))
                            .sorted()
                            .toList()) {
                        String relative = dataDir.relativize(file).toString().replace('\\', '/');
                        Path copy = into.resolve(relative);
                        Files.createDirectories(copy.getParent());
                        sums.put(FILES + "/" + relative, copyHashing(file, copy));
                        bytes[0] += Files.size(copy);
                    }
                } catch (java.nio.file.NoSuchFileException e) {
                    // A spool segment deleted while being listed: it was finished, nothing is lost.
                }
            }
        }
    }

    private long copyBlobs(Path into, List<String> corrupt, long[] bytes) throws IOException {
        Path root = dataDir.resolve("blobs");
        if (!Files.isDirectory(root)) {
            return 0;
        }
        long count = 0;
        try (Stream<Path> files = Files.walk(root, 3)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (!name.matches("[0-9a-f]{64}")) {
                    continue; // unfinished writes in tmp/
                }
                Path copy = into.resolve(root.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                if (!copyHashing(file, copy).equals(name)) {
                    corrupt.add(name);
                }
                bytes[0] += Files.size(copy);
                count++;
            }
        }
        return count;
    }

    /** Copies a file and returns the SHA-256 of what was copied. */
    static String copyHashing(Path from, Path to) throws IOException {
        MessageDigest digest = BlobStore.sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(from), digest);
                OutputStream out = Files.newOutputStream(to)) {
            in.transferTo(out);
        }
        if (Files.getFileStore(to).supportsFileAttributeView("posix")) {
            // Private keys stay private in the backup too.
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
