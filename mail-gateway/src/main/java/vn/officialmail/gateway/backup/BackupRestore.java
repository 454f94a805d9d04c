package vn.officialmail.gateway.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.officialmail.gateway.message.BlobStore;

/**
 * {@code restore BACKUP}: checks every file of a backup against its SHA-256 (and every blob
 * against its name), then brings it back into an empty data directory and, for PostgreSQL, an
 * empty database. Nothing is overwritten: a data directory or database that holds anything is
 * refused. The gateway rebuilds its index from the records at the next start.
 */
public final class BackupRestore {

    private final Path dataDir;
    private final String jdbcUrl;
    private final String user;
    private final String password;

    /** Restores into {@code dataDir} and the database of {@code jdbcUrl} (the gateway's H2 URL by default). */
    public BackupRestore(Path dataDir, String jdbcUrl, String user, String password) {
        this.dataDir = dataDir;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** The embedded database of a data directory, as the gateway opens it. */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db").resolve("gateway");
    }

    public int run(Path backup, PrintStream out) throws IOException {
        List<String> problems = verify(backup);
        if (!problems.isEmpty()) {
            out.println("backup " + backup + " is damaged; nothing was restored:");
            problems.stream().limit(100).forEach(p -> out.println("  " + p));
            return 1;
        }
        DatabaseSnapshot.Kind kind = kindOf(backup);
        if (kind != DatabaseSnapshot.Kind.of(jdbcUrl)) {
            throw new IllegalArgumentException("the backup holds a " + kind + " database, but the target is " + jdbcUrl
                    + " (set --spring.datasource.url to a database of the same kind)");
        }
        refuseUnlessEmpty();
        copyTree(backup.resolve(BackupWriter.FILES), dataDir);
        long blobs = copyTree(backup.resolve(BackupWriter.BLOBS), dataDir.resolve("blobs"));
        Path dump = backup.resolve(kind.fileName);
        if (kind == DatabaseSnapshot.Kind.H2) {
            unzip(dump, dataDir.resolve("db"));
        } else {
            DatabaseSnapshot.restorePostgres(dump, jdbcUrl, user, password);
        }
        out.printf(
                "restored %s into %s: database (%s), %d blobs; the index is rebuilt at the next start%n"
                        + "the mailbox master key is not in backups: put it back (gateway.mailbox.master-key,"
                        + " or the key file, by default %s) before the gateway reads unit mailboxes again%n",
                backup.getFileName(),
                dataDir,
                kind,
                blobs,
                dataDir.resolve("keys").resolve("mailbox-master.key"));
        return 0;
    }

    /** Every problem with the backup's files: missing, altered, or a blob whose bytes changed. */
    static List<String> verify(Path backup) throws IOException {
        java.util.ArrayList<String> problems = new java.util.ArrayList<>();
        Path sums = backup.resolve(BackupWriter.SUMS);
        if (!Files.isRegularFile(sums)) {
            problems.add("no " + BackupWriter.SUMS + " in " + backup + ": not a complete backup");
            return problems;
        }
        for (String line : Files.readAllLines(sums, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String sha = line.substring(0, 64);
            String path = line.substring(66);
            Path file = backup.resolve(path).normalize();
            if (!file.startsWith(backup)) {
                problems.add(path + ": outside the backup");
            } else if (!Files.isRegularFile(file)) {
                problems.add(path + ": missing");
            } else if (!BlobStore.sha256Hex(file).equals(sha)) {
                problems.add(path + ": altered (its SHA-256 differs)");
            }
        }
        Path blobs = backup.resolve(BackupWriter.BLOBS);
        if (Files.isDirectory(blobs)) {
            try (Stream<Path> files = Files.walk(blobs)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (!BlobStore.sha256Hex(file).equals(file.getFileName().toString())) {
                        problems.add("blob " + file.getFileName() + ": altered (its bytes no longer hash to its name)");
                    }
                }
            }
        }
        return problems;
    }

    private static DatabaseSnapshot.Kind kindOf(Path backup) {
        for (DatabaseSnapshot.Kind kind : DatabaseSnapshot.Kind.values()) {
            if (Files.isRegularFile(backup.resolve(kind.fileName))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no database snapshot in " + backup);
    }

    private void refuseUnlessEmpty() throws IOException {
        if (Files.isDirectory(dataDir)) {
            try (Stream<Path> entries = Files.list(dataDir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("restore needs an empty data directory; " + dataDir
                            + " holds files (choose another --gateway.data-dir, or move them away)");
                }
            }
        }
        if (DatabaseSnapshot.Kind.of(jdbcUrl) == DatabaseSnapshot.Kind.POSTGRESQL) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                    ResultSet tables = connection
                            .createStatement()
                            .executeQuery(
                                    "select count(*) from information_schema.tables where table_schema = 'public'")) {
                tables.next();
                if (tables.getLong(1) > 0) {
                    throw new IllegalArgumentException("restore needs an empty database; " + jdbcUrl + " holds "
                            + tables.getLong(1) + " tables (create a new one)");
                }
            } catch (SQLException e) {
                throw new IllegalArgumentException(
                        "cannot open the target database " + jdbcUrl + ": " + e.getMessage(), e);
            }
        }
    }

    private static long copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        long count = 0;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                count++;
            }
        }
        return count;
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = into.resolve(entry.getName()).normalize();
                if (!file.startsWith(into) || entry.isDirectory()) {
                    continue; // a hostile entry name (../) never leaves the database directory
                }
                Files.createDirectories(file.getParent());
                Files.copy(in, file); // reads this entry only; the zip stream stays open
            }
        }
    }
}
