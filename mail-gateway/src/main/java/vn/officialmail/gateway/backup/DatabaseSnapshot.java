package vn.officialmail.gateway.backup;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes and reads back a consistent copy of the gateway's database while it is in use: H2 with
 * its online {@code BACKUP TO} (a zip of the database file), PostgreSQL with {@code pg_dump}
 * (custom format, one snapshot) and {@code pg_restore}.
 */
final class DatabaseSnapshot {

    /** The database kinds a backup knows. */
    enum Kind {
        H2("database-h2.zip"),
        POSTGRESQL("database-postgresql.dump");

        final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }

        static Kind of(String jdbcUrl) {
            if (jdbcUrl.startsWith("jdbc:h2:")) {
                return H2;
            }
            if (jdbcUrl.startsWith("jdbc:postgresql:")) {
                return POSTGRESQL;
            }
            throw new IllegalArgumentException("backup knows H2 and PostgreSQL, not " + jdbcUrl);
        }
    }

    private static final long TOOL_TIMEOUT_MINUTES = 120;

    private DatabaseSnapshot() {}

    /** Writes the snapshot into {@code dir} and returns its file. */
    static Path write(Connection connection, String jdbcUrl, String user, String password, Path dir)
            throws IOException, SQLException {
        Kind kind = Kind.of(jdbcUrl);
        Path file = dir.resolve(kind.fileName);
        if (kind == Kind.H2) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(
                        "BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
            }
        } else {
            Postgres target = Postgres.of(jdbcUrl);
            run(
                    List.of("pg_dump", "--format=custom", "--no-owner", "--file=" + file, target.database()),
                    target,
                    user,
                    password);
        }
        return file;
    }

    /** Loads a PostgreSQL snapshot into the (empty) database of {@code jdbcUrl}. */
    static void restorePostgres(Path dump, String jdbcUrl, String user, String password) throws IOException {
        Postgres target = Postgres.of(jdbcUrl);
        run(
                List.of(
                        "pg_restore",
                        "--no-owner",
                        "--exit-on-error",
                        "--dbname=" + target.database(),
                        dump.toString()),
                target,
                user,
                password);
    }

    private static void run(List<String> tool, Postgres target, String user, String password) throws IOException {
        List<String> command = new ArrayList<>(tool.subList(0, 1));
        command.add("--host=" + target.host());
        command.add("--port=" + target.port());
        command.add("--username=" + user);
        command.add("--no-password");
        command.addAll(tool.subList(1, tool.size()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The password goes in the environment, never on a command line others can read.
        builder.environment().put("PGPASSWORD", password);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException(
                    tool.get(0) + " is needed for PostgreSQL backups (Debian: postgresql-client): " + e.getMessage(),
                    e);
        }
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(TOOL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(tool.get(0) + " did not finish within " + TOOL_TIMEOUT_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(tool.get(0) + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(tool.get(0) + " failed (exit " + process.exitValue() + "): " + output.strip());
        }
    }

    /** Host, port and database of a {@code jdbc:postgresql://host:port/db} URL. */
    record Postgres(String host, int port, String database) {
        static Postgres of(String jdbcUrl) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            if (uri.getHost() == null || path.isEmpty()) {
                throw new IllegalArgumentException(
                        "a PostgreSQL URL needs a host and a database (jdbc:postgresql://host:5432/db): " + jdbcUrl);
            }
            return new Postgres(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path);
        }
    }
}
