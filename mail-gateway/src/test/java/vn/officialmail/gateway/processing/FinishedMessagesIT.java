package vn.officialmail.gateway.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.util.unit.DataSize;
import vn.officialmail.gateway.TestDatabases;
import vn.officialmail.gateway.spool.Envelope;
import vn.officialmail.gateway.spool.Spool;
import vn.officialmail.gateway.spool.SpoolDurability;
import vn.officialmail.gateway.spool.SpoolEntry;
import vn.officialmail.gateway.spool.SpoolSettings;

/**
 * A message leaves the spool only once its database commit is on disk: on H2 the done marks wait
 * for a forced checkpoint, and when the database cannot be forced they are not written, so the
 * messages are replayed after a restart; on PostgreSQL (durable at commit) they are written at once.
 */
class FinishedMessagesIT {

    @TempDir
    Path dir;

    @Test
    void doneMarksShouldWaitForTheCheckpointWhenTheDatabaseIsH2() throws Exception {
        BreakableDataSource database = new BreakableDataSource(TestDatabases.h2(dir.resolve("db")));
        DatabaseDurability durability = new DatabaseDurability(database);
        assertThat(durability.durableAtCommit()).isFalse();

        try (Spool spool = openSpool();
                FinishedMessages finished = new FinishedMessages(spool, durability, 3_600_000)) {
            List<SpoolEntry> entries =
                    List.of(spool.append(envelope(), bytes("một")), spool.append(envelope(), bytes("hai")));
            finished.finished(takeAll(spool));
            assertThat(spool.pending())
                    .as("not done before the database is forced")
                    .isEqualTo(2);

            finished.flush();

            assertThat(spool.pending()).isZero();
        }
        try (Spool reopened = openSpool()) {
            assertThat(reopened.pending()).as("nothing replayed").isZero();
        }
    }

    @Test
    void messagesShouldBeReplayedAfterRestartWhenTheDatabaseCannotBeForced() throws Exception {
        BreakableDataSource database = new BreakableDataSource(TestDatabases.h2(dir.resolve("db")));
        DatabaseDurability durability = new DatabaseDurability(database);

        try (Spool spool = openSpool();
                FinishedMessages finished = new FinishedMessages(spool, durability, 3_600_000)) {
            spool.append(envelope(), bytes("ba"));
            finished.finished(takeAll(spool));
            database.broken = true;
        } // close() tries to flush and cannot force the database
        try (Spool reopened = openSpool()) {
            assertThat(reopened.pending()).isEqualTo(1);
            assertThat(new String(reopened.read(takeAll(reopened).get(0)), StandardCharsets.UTF_8))
                    .isEqualTo("ba");
        }
    }

    @Test
    void doneMarksShouldBeWrittenAtOnceWhenTheDatabaseIsPostgres() throws Exception {
        try (TestDatabases.PostgresDatabase postgres = TestDatabases.postgres();
                Spool spool = openSpool()) {
            DatabaseDurability durability = new DatabaseDurability(postgres.dataSource());
            assertThat(durability.durableAtCommit()).isTrue();
            try (FinishedMessages finished = new FinishedMessages(spool, durability, 3_600_000)) {
                spool.append(envelope(), bytes("bốn"));
                finished.finished(takeAll(spool));

                assertThat(spool.pending()).isZero();
            }
        }
    }

    private Spool openSpool() throws java.io.IOException {
        return Spool.open(
                dir.resolve("spool"),
                new SpoolSettings(DataSize.ofMegabytes(1), DataSize.ofBytes(0), Duration.ZERO, 1000),
                SpoolDurability.FSYNC);
    }

    private static List<SpoolEntry> takeAll(Spool spool) throws InterruptedException {
        List<SpoolEntry> entries = new ArrayList<>();
        Optional<SpoolEntry> next;
        while ((next = spool.take(50, TimeUnit.MILLISECONDS)).isPresent()) {
            entries.add(next.get());
        }
        return entries;
    }

    private static Envelope envelope() {
        return new Envelope("a@moj.gov.vn", List.of("b@moj.gov.vn"), "127.0.0.1", "client", Instant.now(), "smtp");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A database that stops answering when told to, like one whose disk has gone. */
    private static final class BreakableDataSource extends DelegatingDataSource {
        volatile boolean broken;

        BreakableDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (broken) {
                throw new SQLException("the database is unreachable");
            }
            return super.getConnection();
        }
    }
}
