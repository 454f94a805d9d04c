package vn.officialmail.gateway;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Real databases for tests: an H2 file database in a temp dir, or a fresh PostgreSQL database on
 * the local server (127.0.0.1:5432, trust auth, as on the CI machine). A missing PostgreSQL fails
 * the test; it is never skipped.
 */
public final class TestDatabases {

    static final String POSTGRES_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private TestDatabases() {}

    /** A migrated H2 file database under {@code dir}. */
    public static DataSource h2(Path dir) {
        DataSource dataSource = new SimpleDriverDataSource(
                new org.h2.Driver(),
                "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=20000;WRITE_DELAY=0",
                "sa",
                "");
        migrate(dataSource);
        return dataSource;
    }

    /** A migrated, freshly created PostgreSQL database; drop it with {@link #dropPostgres}. */
    public static PostgresDatabase postgres() throws SQLException {
        return postgres("");
    }

    /**
     * A migrated PostgreSQL database whose collation and ctype are plain {@code C}: there upper() and
     * lower() change ASCII letters only ("đ" stays "đ"), so matching of Vietnamese text must not rely on them.
     */
    public static PostgresDatabase postgresWithPlainCType() throws SQLException {
        return postgres(" template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'");
    }

    private static PostgresDatabase postgres(String options) throws SQLException {
        String name = "om_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(POSTGRES_ADMIN_URL, "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name + options);
        } catch (SQLException e) {
            throw new SQLException(
                    "These tests need PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth): " + e.getMessage(), e);
        }
        String url = "jdbc:postgresql://127.0.0.1:5432/" + name;
        DataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), url, "postgres", "");
        migrate(dataSource);
        return new PostgresDatabase(name, url, dataSource);
    }

    /** A PostgreSQL database made for one test. */
    public record PostgresDatabase(String name, String url, DataSource dataSource) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            try (Connection admin = DriverManager.getConnection(POSTGRES_ADMIN_URL, "postgres", "");
                    Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
