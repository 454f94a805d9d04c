package vn.officialmail.gateway.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.TestDatabases;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.calendar.CalendarSettings;
import vn.officialmail.gateway.calendar.WorkingCalendar;
import vn.officialmail.gateway.registry.RegisterFixtures;

/**
 * Handling slips and the tracking register on H2 and PostgreSQL: assigned, in progress, done with
 * the answering document; no step back from done; urgent and open documents first; overdue shown.
 */
class DocumentHandlingIT {

    private static final Instant MORNING = Instant.parse("2026-03-02T02:00:00Z");
    private static final Clock MARCH_10 = Clock.fixed(Instant.parse("2026-03-10T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void documentsShouldBeAssignedFollowedToTheirAnswerAndTracked(String database) throws Exception {
        onDatabase(database, dataSource -> {
            RegisterFixtures.registerThree(dataSource, MORNING); // 1 ordinary, 2 urgent, 3 ordinary
            JdbcClient jdbc = JdbcClient.create(dataSource);
            DocumentHandling handling = new DocumentHandling(
                    jdbc,
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                    new AuditLog(jdbc, Clock.systemUTC()),
                    MARCH_10);
            long first = handling.entryOf(2026, 1).orElseThrow();
            long second = handling.entryOf(2026, 2).orElseThrow();
            long third = handling.entryOf(2026, 3).orElseThrow();

            assertThat(handling.assign(first, slip("BTP-VP", LocalDate.of(2026, 3, 20)), "vanthu"))
                    .isEqualTo(DocumentHandling.Outcome.DONE);
            assertThat(handling.assign(second, slip("BTP-TCCB", LocalDate.of(2026, 3, 5)), "vanthu"))
                    .isEqualTo(DocumentHandling.Outcome.DONE);
            assertThat(handling.assign(third, slip("BTP-VP", LocalDate.of(2026, 3, 31)), "vanthu"))
                    .isEqualTo(DocumentHandling.Outcome.DONE);
            handling.move(third, HandlingStatus.IN_PROGRESS, Optional.of("đang soạn"), Optional.empty(), "nvan");
            assertThat(handling.move(third, HandlingStatus.DONE, Optional.empty(), Optional.of("45/BTP-VP"), "nvan"))
                    .isEqualTo(DocumentHandling.Outcome.DONE);

            assertThat(handling.move(third, HandlingStatus.RETURNED, Optional.empty(), Optional.empty(), "nvan"))
                    .isEqualTo(DocumentHandling.Outcome.NOT_ALLOWED);
            assertThat(handling.assign(third, slip("BTP-TCCB", LocalDate.of(2026, 4, 1)), "vanthu"))
                    .isEqualTo(DocumentHandling.Outcome.NOT_ALLOWED);
            assertThat(handling.move(
                            handling.entryOf(2026, 1).orElseThrow() + 1000,
                            HandlingStatus.DONE,
                            Optional.empty(),
                            Optional.empty(),
                            "nvan"))
                    .isEqualTo(DocumentHandling.Outcome.NOT_FOUND);

            List<DocumentHandling.TrackingLine> lines = handling.tracking(Optional.empty(), Optional.empty(), 100);
            assertThat(lines)
                    .extracting(DocumentHandling.TrackingLine::number)
                    .containsExactly("2/2026", "1/2026", "3/2026");
            assertThat(lines.get(0).overdue()).isTrue(); // due 5 March, open on 10 March
            assertThat(lines.get(1).overdue()).isFalse();
            assertThat(lines.get(2).status()).isEqualTo(HandlingStatus.DONE);
            assertThat(lines.get(2).answerReference()).contains("45/BTP-VP");
            assertThat(handling.tracking(Optional.of("BTP-VP"), Optional.empty(), 100))
                    .extracting(DocumentHandling.TrackingLine::number)
                    .containsExactly("1/2026", "3/2026");
            assertThat(jdbc.sql("select count(*) from document_handling_step where register_entry_id = ?")
                            .param(third)
                            .query(Long.class)
                            .single())
                    .isEqualTo(3);
            assertThat(jdbc.sql("select count(*) from audit_event where action like 'handling-%'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(5);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void deadlineInWorkingDaysShouldSkipWeekendsAndHolidaysAndBeOverdueTheWorkingDayAfter(String database)
            throws Exception {
        onDatabase(database, dataSource -> {
            RegisterFixtures.registerThree(dataSource, MORNING);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            // Thursday 30 April and Friday 1 May are holidays; Saturday 9 May is a make-up working day.
            CalendarSettings settings = new CalendarSettings(
                    ZoneId.of("Asia/Ho_Chi_Minh"),
                    List.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1)),
                    List.of(LocalDate.of(2026, 5, 9)));
            // 23:30 UTC on Tuesday 28 April is already Wednesday 29 April in Hanoi.
            Clock assignedAt = Clock.fixed(Instant.parse("2026-04-28T23:30:00Z"), ZoneOffset.UTC);
            DocumentHandling handling = handling(jdbc, dataSource, settings, assignedAt);
            long first = handling.entryOf(2026, 1).orElseThrow();

            handling.assign(
                    first,
                    new DocumentHandling.Assignment(
                            Optional.of("BTP-VP"),
                            Optional.empty(),
                            List.of(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of(3)),
                    "vanthu");

            // Wednesday 29 April + 3 working days: Monday 4, Tuesday 5, Wednesday 6 May.
            assertThat(handling.tracking(Optional.empty(), Optional.empty(), 10)
                            .get(0)
                            .deadline())
                    .contains(LocalDate.of(2026, 5, 6));
            Clock onTheDeadline = Clock.fixed(Instant.parse("2026-05-06T16:59:00Z"), ZoneOffset.UTC); // 23:59 Hanoi
            assertThat(handling(jdbc, dataSource, settings, onTheDeadline)
                            .tracking(Optional.empty(), Optional.empty(), 10)
                            .get(0)
                            .overdue())
                    .isFalse();
            Clock dayAfter = Clock.fixed(Instant.parse("2026-05-06T17:01:00Z"), ZoneOffset.UTC); // 00:01 Hanoi
            assertThat(handling(jdbc, dataSource, settings, dayAfter)
                            .tracking(Optional.empty(), Optional.empty(), 10)
                            .get(0)
                            .overdue())
                    .isTrue();
            assertThat(jdbc.sql("select note from document_handling_step where register_entry_id = ?")
                            .param(first)
                            .query(String.class)
                            .single())
                    .isEqualTo("→ BTP-VP, hạn 2026-05-06 (3 ngày làm việc)");
        });
    }

    private static DocumentHandling handling(
            JdbcClient jdbc, DataSource dataSource, CalendarSettings settings, Clock clock) {
        return new DocumentHandling(
                jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                new AuditLog(jdbc, Clock.systemUTC()),
                new WorkingCalendar(settings, clock),
                clock);
    }

    private static DocumentHandling.Assignment slip(String unit, LocalDate deadline) {
        return new DocumentHandling.Assignment(
                Optional.of(unit),
                Optional.empty(),
                List.of("BTP-PC"),
                Optional.of("Chủ trì, phối hợp giải quyết"),
                Optional.of(deadline));
    }

    private void onDatabase(String database, Consumer<DataSource> test) throws Exception {
        if (database.equals("h2")) {
            test.accept(TestDatabases.h2(dir));
            return;
        }
        try (TestDatabases.PostgresDatabase postgres = TestDatabases.postgres()) {
            test.accept(postgres.dataSource());
        }
    }
}
