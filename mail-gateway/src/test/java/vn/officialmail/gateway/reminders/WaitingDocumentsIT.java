package vn.officialmail.gateway.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import vn.officialmail.config.directory.PersonalMailProviders;
import vn.officialmail.gateway.TestDatabases;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.directory.DomainPolicy;
import vn.officialmail.gateway.handling.DocumentHandling;
import vn.officialmail.gateway.handling.HandlingStatus;
import vn.officialmail.gateway.registry.RegisterFixtures;

/**
 * What waits for whom, on H2 and PostgreSQL: an assigned document waits for its lead unit and
 * person, a done one for nobody, a registered one not yet assigned for the unit whose mailbox it
 * was read from.
 */
class WaitingDocumentsIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void findShouldListOpenAssignmentsAndUnassignedDocumentsWithTheirUnits(String database) throws Exception {
        onDatabase(database, dataSource -> {
            RegisterFixtures.registerThree(dataSource, Instant.parse("2026-11-20T02:00:00Z"));
            JdbcClient jdbc = JdbcClient.create(dataSource);
            DocumentHandling handling = new DocumentHandling(
                    jdbc,
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                    new AuditLog(jdbc, Clock.systemUTC()),
                    Clock.systemUTC());
            long first = handling.entryOf(2026, 1).orElseThrow();
            long second = handling.entryOf(2026, 2).orElseThrow();
            handling.assign(first, slip("BTP-VP", "Nvan@moj.gov.vn"), "vanthu");
            handling.assign(second, slip("BTP-PC", null), "vanthu");
            handling.move(second, HandlingStatus.DONE, Optional.empty(), Optional.of("9/BTP-PC"), "pc");
            readFromUnitMailbox(jdbc, "doc-3", "BTP-TCCB");
            WaitingDocuments waiting = new WaitingDocuments(
                    handling,
                    jdbc,
                    Directory.ofPolicy(
                            DomainPolicy.officialOnly(List.of("*.gov.vn"), PersonalMailProviders.loadDefault())));

            List<WaitingDocument> found = waiting.find();

            assertThat(found)
                    .extracting(
                            WaitingDocument::number,
                            WaitingDocument::status,
                            WaitingDocument::units,
                            WaitingDocument::persons)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(
                                    "1/2026",
                                    Optional.of(HandlingStatus.ASSIGNED),
                                    java.util.Set.of("BTP-VP"),
                                    java.util.Set.of("nvan@moj.gov.vn")),
                            org.assertj.core.groups.Tuple.tuple(
                                    "3/2026", Optional.empty(), java.util.Set.of("BTP-TCCB"), java.util.Set.of()));
            assertThat(found.get(0).deadline()).contains(LocalDate.of(2026, 12, 1));
        });
    }

    private static DocumentHandling.Assignment slip(String unit, String person) {
        return new DocumentHandling.Assignment(
                Optional.of(unit),
                Optional.ofNullable(person),
                List.of(),
                Optional.empty(),
                Optional.of(LocalDate.of(2026, 12, 1)));
    }

    /** The intake's rows for a message read from a unit's shared mailbox (account, content, receipt). */
    private static void readFromUnitMailbox(JdbcClient jdbc, String messageKey, String unit) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into mailbox_account (name, origin, host, port, tls_mode, username, auth_kind, folders,"
                        + " unit_code, after_action, enabled, created_at, updated_at)"
                        + " values ('tccb', 'api', '127.0.0.1', 993, 'implicit', 'tccb', 'password', 'INBOX', ?,"
                        + " 'none', true, ?, ?)")
                .params(unit, now, now)
                .update();
        jdbc.sql("insert into mailbox_message (content_key, message_id_header, raw_sha256, message_key, first_seen_at)"
                        + " values (?, '<3@moj.gov.vn>', ?, ?, ?)")
                .params("k-" + messageKey, "0".repeat(64), messageKey, now)
                .update();
        jdbc.sql("insert into mailbox_receipt (mailbox_message_id, account_id, unit_code, folder, uid_validity, uid,"
                        + " received_at) select m.id, a.id, ?, 'INBOX', 1, 1, ? from mailbox_message m, mailbox_account a"
                        + " where m.message_key = ? and a.name = 'tccb'")
                .params(unit, now, messageKey)
                .update();
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
