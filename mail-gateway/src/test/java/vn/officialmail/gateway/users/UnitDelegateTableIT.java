package vn.officialmail.gateway.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import vn.officialmail.gateway.TestDatabases;

/** The V8 migration on H2 and PostgreSQL: one delegate per unit, enforced by the database itself. */
class UnitDelegateTableIT {

    @Test
    void databaseShouldRefuseASecondDelegateForAUnitOnH2(@TempDir Path dir) {
        assertOneDelegatePerUnit(TestDatabases.h2(dir));
    }

    @Test
    void databaseShouldRefuseASecondDelegateForAUnitOnPostgres() throws Exception {
        try (TestDatabases.PostgresDatabase database = TestDatabases.postgres()) {
            assertOneDelegatePerUnit(database.dataSource());
        }
    }

    @Test
    void migrationShouldTurnTheFoundationsAdminRoleIntoAdministrator(@TempDir Path dir) {
        DataSource h2 = new SimpleDriverDataSource(
                new org.h2.Driver(), "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        Flyway.configure().dataSource(h2).target("6").load().migrate();
        JdbcClient jdbc = JdbcClient.create(h2);
        jdbc.sql("insert into app_user (username, password_hash, roles, created_at) values ('admin', 'x', 'ADMIN', ?)")
                .param(OffsetDateTime.now(ZoneOffset.UTC))
                .update();

        Flyway.configure().dataSource(h2).load().migrate();

        assertThat(jdbc.sql("select roles || '/' || enabled from app_user")
                        .query(String.class)
                        .single())
                .isEqualToIgnoringCase("ADMINISTRATOR/TRUE");
    }

    private static void assertOneDelegatePerUnit(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        for (String user : new String[] {"an", "binh", "chi"}) {
            jdbc.sql("insert into app_user (username, password_hash, roles, unit_code, created_at)"
                            + " values (?, 'x', 'STAFF', 'A', ?)")
                    .params(user, OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        }
        String grant =
                "insert into unit_delegate (unit_code, username, granted_by, granted_at) values (?, ?, 'head', ?)";
        jdbc.sql(grant).params("A", "an", OffsetDateTime.now(ZoneOffset.UTC)).update();

        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.sql(grant)
                .params("A", "binh", OffsetDateTime.now(ZoneOffset.UTC))
                .update());
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.sql(grant)
                .params("B", "an", OffsetDateTime.now(ZoneOffset.UTC))
                .update());
        assertThat(jdbc.sql("select username from unit_delegate")
                        .query(String.class)
                        .list())
                .containsExactly("an");
    }
}
