package vn.officialmail.gateway.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.officialmail.gateway.TestDatabases;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.message.NewMessage;

/** A PostgreSQL gateway database goes through pg_dump and pg_restore into an empty database whole. */
class DatabaseSnapshotIT {

    @TempDir
    Path dir;

    @Test
    void postgresSnapshotShouldRestoreIntoAnEmptyDatabaseWithEveryRowAndTheMigrations() throws Exception {
        String empty =
                "om_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (TestDatabases.PostgresDatabase source = TestDatabases.postgres()) {
            new MessageRecords(JdbcClient.create(source.dataSource()))
                    .insert(new NewMessage(
                            "k".repeat(64),
                            "spool-1",
                            "a".repeat(64),
                            42,
                            "smtp",
                            Instant.parse("2026-03-02T02:00:00Z"),
                            "127.0.0.1",
                            "mx.moj.gov.vn",
                            "vanthu@moj.gov.vn",
                            List.of("vanphong@tuphap.gov.vn"),
                            Optional.empty(),
                            Optional.of("Giấy mời họp"),
                            Optional.empty()));
            long migrations = JdbcClient.create(source.dataSource())
                    .sql("select count(*) from flyway_schema_history where success")
                    .query(Long.class)
                    .single();
            Path dump;
            try (Connection connection = source.dataSource().getConnection()) {
                dump = DatabaseSnapshot.write(connection, source.url(), "postgres", "", dir);
            }
            admin("create database " + empty);
            String target = "jdbc:postgresql://127.0.0.1:5432/" + empty;

            DatabaseSnapshot.restorePostgres(dump, target, "postgres", "");

            JdbcClient restored = JdbcClient.create(new org.springframework.jdbc.datasource.SimpleDriverDataSource(
                    new org.postgresql.Driver(), target, "postgres", ""));
            assertThat(restored.sql("select subject from message_record")
                            .query(String.class)
                            .list())
                    .containsExactly("Giấy mời họp");
            assertThat(restored.sql("select count(*) from flyway_schema_history where success")
                            .query(Long.class)
                            .single())
                    .isEqualTo(migrations);
        } finally {
            admin("drop database if exists " + empty + " with (force)");
        }
    }

    private static void admin(String sql) throws Exception {
        try (Connection admin =
                        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }
}
