package vn.officialmail.gateway.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.officialmail.config.directory.Account;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.PersonalMailProviders;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.TestDatabases;
import vn.officialmail.gateway.console.ComplianceSeed;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.directory.DirectorySnapshot;
import vn.officialmail.gateway.directory.DomainPolicy;

/**
 * The figures' queries and the report mailing table on both databases the gateway runs on (H2
 * and PostgreSQL): the seeded month counted per unit, months cut in Hà Nội time, an agency's
 * units, and one mailing per month.
 */
class ComplianceFiguresIT {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path dir;

    @Test
    void figuresShouldCountTheSeededMonthOnH2() {
        check(TestDatabases.h2(dir));
    }

    @Test
    void figuresShouldCountTheSeededMonthOnPostgres() throws Exception {
        try (TestDatabases.PostgresDatabase postgres = TestDatabases.postgres()) {
            check(postgres.dataSource());
        }
    }

    private static void check(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        new ComplianceSeed(jdbc, OCTOBER).write();
        // 00:30 on 1 November in Hà Nội (17:30 UTC on 31 October) belongs to November.
        insertMessage(jdbc, Instant.parse("2026-10-31T17:30:00Z"));
        ComplianceFigures figures = new ComplianceFigures(jdbc, directory(), ComplianceSeed.ZONE);

        Figures all = figures.of(OCTOBER.minusMonths(1), OCTOBER.plusMonths(1), Optional.empty());
        Figures unitA = figures.of(OCTOBER, OCTOBER, Optional.of(ComplianceSeed.UNIT_A));
        Figures agency = figures.ofUnits(OCTOBER, OCTOBER, Set.of(ComplianceSeed.UNIT_A, ComplianceSeed.UNIT_B));

        assertThat(all.monthTotal(OCTOBER)).isEqualTo(new Tally(5, 2, 3, 3));
        assertThat(all.monthTotal(OCTOBER.minusMonths(1))).isEqualTo(new Tally(2, 1, 1, 1));
        assertThat(all.monthTotal(OCTOBER.plusMonths(1))).isEqualTo(new Tally(1, 1, 0, 0));
        assertThat(all.tally(ComplianceSeed.UNIT_A, OCTOBER)).isEqualTo(new Tally(4, 2, 2, 2));
        assertThat(all.tally(ComplianceSeed.UNIT_B, OCTOBER)).isEqualTo(new Tally(2, 1, 1, 1));
        assertThat(all.topDomains()).containsExactly(new Count("gmail.com", 3), new Count("yahoo.com", 1));
        assertThat(unitA.total()).isEqualTo(new Tally(4, 2, 2, 2));
        assertThat(unitA.byUnitAndMonth()).containsOnlyKeys(ComplianceSeed.UNIT_A);
        assertThat(agency.total()).isEqualTo(new Tally(5, 2, 3, 3));

        jdbc.sql(
                        "insert into monthly_report_mailing (report_month, sent_at, recipients) values ('2026-10', ?, 'a@b.vn')")
                .param(OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        assertThatExceptionOfType(DuplicateKeyException.class)
                .isThrownBy(() -> jdbc.sql("insert into monthly_report_mailing (report_month, sent_at, recipients)"
                                + " values ('2026-10', ?, 'a@b.vn')")
                        .param(OffsetDateTime.now(ZoneOffset.UTC))
                        .update());
    }

    private static void insertMessage(JdbcClient jdbc, Instant at) {
        jdbc.sql("insert into message_record (message_key, spool_id, raw_sha256, size_bytes, source, received_at,"
                        + " mail_from, recipients, subject, from_address, channel, state)"
                        + " values ('late', 'late', 'late', 10, 'smtp', ?, 'an.nv@moj.gov.vn', 'cuong.lv@moj.gov.vn',"
                        + " 'Thư lúc nửa đêm', 'an.nv@moj.gov.vn', 'OFFICIAL', 'PROCESSED')")
                .param(OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    private static Directory directory() {
        return new Directory(
                DomainPolicy.officialOnly(List.of("*.gov.vn"), PersonalMailProviders.loadDefault()),
                Set.of("BTP"),
                new DirectorySnapshot(
                        List.of(new Agency("BTP", "Bộ Tư pháp", List.of("moj.gov.vn"))),
                        List.of(
                                unit(ComplianceSeed.UNIT_A, ComplianceSeed.UNIT_A_NAME, "VP"),
                                unit(ComplianceSeed.UNIT_B, ComplianceSeed.UNIT_B_NAME, "PC")),
                        List.of(
                                new Account("an.nv@moj.gov.vn", "Nguyễn Văn An", ComplianceSeed.UNIT_A),
                                new Account("binh.tt@moj.gov.vn", "Trần Thị Bình", ComplianceSeed.UNIT_A),
                                new Account("cuong.lv@moj.gov.vn", "Lê Văn Cường", ComplianceSeed.UNIT_B))));
    }

    private static Unit unit(String code, String name, String abbreviation) {
        return new Unit(code, "BTP", name, abbreviation, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
