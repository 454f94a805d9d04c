package vn.officialmail.gateway.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.config.directory.PersonalMailProviders;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.TestDatabases;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.calendar.WorkingCalendar;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.directory.DomainPolicy;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.relay.OwnMessages;
import vn.officialmail.gateway.relay.RelayQueue;
import vn.officialmail.gateway.relay.RelaySignal;

/**
 * A unit's drafts for comments on H2 and PostgreSQL, as the unit-scoped API asks for them: the
 * latest requests of a unit are those it asked or was asked in, found in the query (not crowded
 * out by other units' newer ones), and its reminders go only to the units late on its own requests.
 */
class ConsultationScopeIT {

    /** 10:00 on Tuesday 3 November 2026 in Hanoi, a working day. */
    private static final Clock TUESDAY = Clock.fixed(Instant.parse("2026-11-03T03:00:00Z"), ZoneOffset.UTC);

    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 4);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void latestAndRemindersShouldKeepToTheUnitsOwnRequests(String database) throws Exception {
        onDatabase(database, dataSource -> {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            GatewaySettings settings = settings(dir);
            WorkingCalendar calendar = new WorkingCalendar(settings, TUESDAY);
            ConsultationReport report = new ConsultationReport(
                    jdbc,
                    Directory.ofPolicy(
                            DomainPolicy.officialOnly(List.of("*.gov.vn"), PersonalMailProviders.loadDefault())),
                    calendar);
            ConsultationReminders reminders = new ConsultationReminders(
                    jdbc,
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                    new OwnMessages(
                            new RelayQueue(settings, jdbc, TUESDAY, new RelaySignal()),
                            new BlobStore(dir.resolve("blobs")),
                            settings),
                    new AuditLog(jdbc, TUESDAY),
                    calendar,
                    settings);
            long ofVp = consultation(jdbc, "BTP-VP", "BTP-PC", "BTP-TCCB");
            long ofPc = consultation(jdbc, "BTP-PC", "BTP-VP");
            long ofTccb = consultation(jdbc, "BTP-TCCB", "BTP-PC");
            for (int i = 0; i < 5; i++) { // newer requests of other units
                consultation(jdbc, "BTP-PC", "BTP-TCCB");
            }

            List<Long> ofUnit = report.latest(Optional.of("BTP-VP"), 2).stream()
                    .map(ConsultationReport.Summary::id)
                    .toList();
            int sent = reminders.remindLate(Optional.of("BTP-VP"));

            assertThat(ofUnit).containsExactly(ofPc, ofVp);
            assertThat(report.latest(Optional.empty(), 2)).hasSize(2).noneMatch(s -> s.id() == ofPc);
            assertThat(sent).isEqualTo(2);
            assertThat(jdbc.sql("select recipients from outbound_delivery order by id")
                            .query(String.class)
                            .list())
                    .containsExactlyInAnyOrder("btp-pc@moj.gov.vn", "btp-tccb@moj.gov.vn");
            assertThat(jdbc.sql("select count(*) from consultation_unit where reminded_on is not null"
                                    + " and consultation_id <> ?")
                            .param(ofVp)
                            .query(Long.class)
                            .single())
                    .as("no reminder on another unit's request, #" + ofPc + " or #" + ofTccb)
                    .isZero();
            assertThat(reminders.remindLate(Optional.empty())).isEqualTo(7); // the rest, for every unit
        });
    }

    private static long consultation(JdbcClient jdbc, String requesting, String... asked) {
        jdbc.sql("insert into consultation (title, requesting_unit, requested_by, deadline, created_at)"
                        + " values (?, ?, 'van-thu', ?, ?)")
                .params("Dự thảo của " + requesting, requesting, DEADLINE, OffsetDateTime.now(TUESDAY))
                .update();
        long id = jdbc.sql("select max(id) from consultation").query(Long.class).single();
        for (String unit : asked) {
            jdbc.sql("insert into consultation_unit (consultation_id, unit_code, mailbox, notice_message_id)"
                            + " values (?, ?, ?, ?)")
                    .params(
                            id,
                            unit,
                            unit.toLowerCase(java.util.Locale.ROOT) + "@moj.gov.vn",
                            "<" + id + unit + "@test>")
                    .update();
        }
        return id;
    }

    private static GatewaySettings settings(Path dir) {
        Map<String, String> properties = new HashMap<>();
        properties.put("gateway.data-dir", dir.toString());
        properties.put("gateway.smtp.host-name", "gateway.moj.gov.vn");
        properties.put("gateway.relay.postmaster", "postmaster@moj.gov.vn");
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("gateway", GatewaySettings.class)
                .get();
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
