package vn.officialmail.gateway.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.officialmail.gateway.TestDatabases;

/**
 * Incoming numbers are gapless, unique and in order per register and year under concurrent
 * writers, with rolled-back registrations giving their number back, on H2 and on PostgreSQL; the
 * incoming and outgoing registers written at once by 16 writers take 10,000 numbers each, apart.
 */
class IncomingRegisterConcurrencyIT {

    private static final int WRITERS = 8;
    private static final int PER_WRITER = 40;

    @TempDir
    Path dir;

    @Test
    void numbersShouldBeGaplessUnderConcurrentWritersWhenOnH2() throws Exception {
        assertGapless(TestDatabases.h2(dir));
    }

    @Test
    void numbersShouldBeGaplessUnderConcurrentWritersWhenOnPostgres() throws Exception {
        try (TestDatabases.PostgresDatabase postgres = TestDatabases.postgres()) {
            assertGapless(postgres.dataSource());
        }
    }

    @Test
    void yearShouldFollowVietnamTimeWhenReceivedJustAfterMidnightThere() throws Exception {
        DataSource dataSource = TestDatabases.h2(dir);
        RegisterFixture fixture = new RegisterFixture(dataSource);
        Instant newYearInHanoi = LocalDateTime.of(2027, 1, 1, 0, 30)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();

        Registration registration = fixture.transactions.execute(status -> fixture.register.register(
                fixture.newRecord("new-year"), RegisterFixture.sha("new-year"), "a@moj.gov.vn", "s", newYearInHanoi));
        RegisterEntry entry = registration.entry().orElseThrow();

        assertThat(entry.year()).isEqualTo(2027);
        assertThat(entry.number()).isEqualTo(1);
    }

    @Test
    void registrationsOfOneTransactionShouldBeNumberedInOrderOfReceiptWhenItCommits() throws Exception {
        RegisterFixture fixture = new RegisterFixture(TestDatabases.h2(dir));
        Instant morning = Instant.parse("2026-06-01T01:00:00Z");
        long late = fixture.newRecord("late");
        long early = fixture.newRecord("early");
        long middle = fixture.newRecord("middle");

        List<Registration> registrations = fixture.transactions.execute(status -> List.of(
                fixture.register.register(
                        late, RegisterFixture.sha(late), "a@moj.gov.vn", "ba", morning.plusSeconds(120)),
                fixture.register.register(early, RegisterFixture.sha(early), "a@moj.gov.vn", "một", morning),
                fixture.register.register(
                        middle, RegisterFixture.sha(middle), "a@moj.gov.vn", "hai", morning.plusSeconds(60)),
                fixture.register.register(early, RegisterFixture.sha(early), "a@moj.gov.vn", "một", morning)));

        assertThat(registrations)
                .extracting(r -> r.entry().orElseThrow().display())
                .containsExactly("3/2026", "1/2026", "2/2026", "1/2026");
        assertThat(fixture.jdbc
                        .sql("select details from audit_event where action = 'registered' order by id")
                        .query(String.class)
                        .list())
                .hasSize(3)
                .allSatisfy(details -> assertThat(details).containsPattern("\"entryHash\":\"[0-9a-f]{64}\""))
                .satisfiesExactly(
                        first -> assertThat(first).contains("\"number\":\"1/2026\""),
                        second -> assertThat(second).contains("\"number\":\"2/2026\""),
                        third -> assertThat(third).contains("\"number\":\"3/2026\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void everyRegisterShouldNumberTenThousandDocumentsWithoutGapWhenSixteenWritersMixThem(String database)
            throws Exception {
        if (database.equals("h2")) {
            TestDatabases.h2(dir);
            assertEveryRegisterGapless(
                    "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=20000;WRITE_DELAY=0",
                    "sa");
        } else {
            try (TestDatabases.PostgresDatabase postgres = TestDatabases.postgres()) {
                assertEveryRegisterGapless(postgres.url(), "postgres");
            }
        }
    }

    private static void assertEveryRegisterGapless(String url, String user) throws Exception {
        int writers = 16;
        int perRegister = 10_000;
        int perTransaction = 8;
        List<String> registers = List.of("incoming", "outgoing");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword("");
        config.setMaximumPoolSize(writers + 1);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            RegisterFixture fixture = new RegisterFixture(pool);
            List<Long> ids = fixture.newRecords("mix", perRegister * registers.size());
            Instant receivedAt = Instant.parse("2026-06-01T03:00:00Z");
            AtomicInteger next = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(writers);
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                futures.add(threads.submit(() -> {
                    int first;
                    while ((first = next.getAndAdd(perTransaction)) < ids.size()) {
                        List<Long> batch = ids.subList(first, Math.min(ids.size(), first + perTransaction));
                        fixture.transactions.executeWithoutResult(status -> {
                            for (long id : batch) {
                                // Alternating: every transaction writes both registers' counters.
                                fixture.register.register(
                                        registers.get((int) (id % registers.size())),
                                        id,
                                        RegisterFixture.sha(id),
                                        DocumentParticulars.of("vanthu@moj.gov.vn", "Công văn " + id),
                                        receivedAt,
                                        IncomingRegister.GATEWAY);
                            }
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(10, TimeUnit.MINUTES);
            }
            threads.shutdown();

            for (String register : registers) {
                List<Long> stored = fixture.jdbc
                        .sql("select number from register_entry where register_code = ? order by number")
                        .param(register)
                        .query(Long.class)
                        .list();
                assertThat(stored).as(register).hasSize(perRegister);
                for (int i = 0; i < stored.size(); i++) {
                    if (stored.get(i) != i + 1L) {
                        throw new AssertionError(
                                register + ": number " + (i + 1) + " expected, found " + stored.get(i));
                    }
                }
            }
            assertThat(new RegisterVerifier(fixture.jdbc).verify().intact()).isTrue();
        }
    }

    private static void assertGapless(DataSource dataSource) throws Exception {
        RegisterFixture fixture = new RegisterFixture(dataSource);
        Instant receivedAt = Instant.parse("2026-06-01T03:00:00Z");
        ConcurrentLinkedQueue<Long> numbers = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < PER_WRITER; i++) {
                    long recordId = fixture.newRecord("w" + writer + "-" + i);
                    boolean rollBack = i % 10 == 3;
                    try {
                        Registration registration = fixture.transactions.execute(status -> {
                            Registration pending = fixture.register.register(
                                    recordId, RegisterFixture.sha(recordId), "a@moj.gov.vn", "s", receivedAt);
                            assertThat(pending.entry())
                                    .as("no number before commit")
                                    .isEmpty();
                            if (rollBack) {
                                status.setRollbackOnly();
                            }
                            return pending;
                        });
                        if (rollBack) {
                            assertThat(registration.entry())
                                    .as("a rolled-back registration has no number")
                                    .isEmpty();
                        } else {
                            numbers.add(registration.entry().orElseThrow().number());
                        }
                    } catch (RuntimeException e) {
                        throw new IllegalStateException("writer " + writer + " failed", e);
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        int expected = WRITERS * (PER_WRITER - PER_WRITER / 10);
        assertThat(numbers).hasSize(expected).doesNotHaveDuplicates();
        assertThat(numbers.stream().mapToLong(Long::longValue).max().orElseThrow())
                .isEqualTo(expected);
        List<Long> stored = fixture.jdbc
                .sql("select number from register_entry order by number")
                .query(Long.class)
                .list();
        assertThat(stored).hasSize(expected);
        for (int i = 0; i < stored.size(); i++) {
            assertThat(stored.get(i)).isEqualTo(i + 1L);
        }
    }
}
