package vn.officialmail.gateway.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.config.directory.Account;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.DirectoryFiles;
import vn.officialmail.config.directory.PersonalMailProviders;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.TestDatabases;
import vn.officialmail.gateway.audit.AuditLog;

/** Imports of the committed CSV and LDIF test directories into real H2 and PostgreSQL databases. */
class DirectoryImportIT {

    @TempDir
    java.nio.file.Path dir;

    private TestDatabases.PostgresDatabase postgres;

    @AfterEach
    void dropPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    private DataSource database(String kind) throws Exception {
        if (kind.equals("h2")) {
            return TestDatabases.h2(dir);
        }
        postgres = TestDatabases.postgres();
        return postgres.dataSource();
    }

    private record Fixture(DataSource dataSource, Directory directory, DirectoryImporter importer, JdbcClient jdbc) {}

    private static Fixture fixture(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneOffset.UTC);
        Directory directory = new Directory(
                DomainPolicy.officialOnly(List.of("*.gov.vn"), PersonalMailProviders.loadDefault()),
                Set.of(),
                DirectorySnapshot.empty());
        DirectoryImporter importer = new DirectoryImporter(
                new DirectoryStore(jdbc),
                directory,
                new TransactionTemplate(new JdbcTransactionManager(dataSource)),
                new AuditLog(jdbc, clock),
                clock);
        return new Fixture(dataSource, directory, importer, jdbc);
    }

    private static ImportReport importResource(DirectoryImporter importer, String name) throws IOException {
        try (InputStream in = DirectoryImportIT.class.getResourceAsStream("/directory/" + name)) {
            return importer.importEntries(DirectoryFiles.read(name, in.readAllBytes()), name, "test");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void csvImportShouldAddGoodRowsRejectBadOnesByLineAndAnswerLookups(String kind) throws Exception {
        Fixture f = fixture(database(kind));

        ImportReport report = importResource(f.importer(), "danh-ba.csv");

        assertThat(report.added()).isEqualTo(7);
        assertThat(report.rejected())
                .extracting(ImportReport.RejectedLine::line, ImportReport.RejectedLine::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(9, "agency.unknown"),
                        org.assertj.core.groups.Tuple.tuple(10, "address.invalid"),
                        org.assertj.core.groups.Tuple.tuple(11, "mailbox.is-account"));
        assertThat(report.rejected().get(0).reason())
                .isEqualTo(
                        "Đơn vị BTP-XX thuộc cơ quan KHONGCO, nhưng cơ quan này không có trong danh bạ hay trong tệp");
        assertThat(report.rejected().get(0).reasonEn())
                .isEqualTo("unit BTP-XX names agency KHONGCO, which is neither in the directory nor in this file");
        // the rejected rows left nothing behind
        assertThat(f.jdbc()
                        .sql("select count(*) from directory_unit where code = 'BTP-XX'")
                        .query(Long.class)
                        .single())
                .isZero();

        Directory directory = f.directory();
        assertThat(directory.agencyOf("MOJ.gov.vn")).map(Agency::name).hasValue("Bộ Tư pháp");
        assertThat(directory.agencyOf("ttpl.moj.gov.vn")).map(Agency::code).hasValue("BTP");
        assertThat(directory.isUnitSharedMailbox("VanPhong@moj.gov.vn")).isTrue();
        assertThat(directory.isUnitSharedMailbox("nvan@moj.gov.vn")).isFalse();
        assertThat(directory.unitOfMailbox("nvan@moj.gov.vn")).map(Unit::name).hasValue("Văn phòng Bộ, Bộ Tư pháp");
        assertThat(directory.unitOfMailbox("phapche@moj.gov.vn"))
                .map(Unit::code)
                .hasValue("BTP-PC");
        // typed NFD in the file, stored NFC: equal to what a user types
        assertThat(directory.accountOf("tthuong@moj.gov.vn"))
                .map(Account::displayName)
                .hasValue("Trần Thị Hường");
        assertThat(directory.unitsOf("BTP")).extracting(Unit::code).containsExactly("BTP-PC", "BTP-VP");
        assertThat(directory.unit("BTP-VP").flatMap(Unit::delegate)).hasValue("pcvp@moj.gov.vn");

        // a directory loaded afresh from the database (another node, a restart) answers the same
        Fixture restarted = fixture(f.dataSource());
        restarted.importer().refresh();
        assertThat(restarted.directory().units()).isEqualTo(directory.units());
        assertThat(restarted.directory().accounts()).isEqualTo(directory.accounts());
        assertThat(restarted.directory().agencies()).isEqualTo(directory.agencies());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void reimportShouldChangeNothingAndAnEditedFileShouldUpdateByKey(String kind) throws Exception {
        Fixture f = fixture(database(kind));
        importResource(f.importer(), "danh-ba.csv");

        ImportReport again = importResource(f.importer(), "danh-ba.csv");
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(7);
        assertThat(again.rejected()).hasSize(3);

        ImportReport edited = importResource(f.importer(), "danh-ba-sua.csv");
        assertThat(edited.added()).isEqualTo(1);
        assertThat(edited.updated()).isEqualTo(2);
        assertThat(edited.unchanged()).isEqualTo(2);
        assertThat(edited.rejected()).isEmpty();
        assertThat(f.directory().unitOfMailbox("nvan@moj.gov.vn"))
                .map(Unit::code)
                .hasValue("BTP-PC");
        assertThat(f.directory().unit("BTP-PC")).map(Unit::name).hasValue("Vụ Pháp chế (mới)");
        assertThat(f.directory().accountOf("dmduc@moj.gov.vn"))
                .map(Account::displayName)
                .hasValue("Đỗ Minh Đức");
        // entries the edited file does not mention stay (an import adds and updates, never deletes)
        assertThat(f.directory().agencyOf("mof.gov.vn")).isPresent();
        assertThat(f.jdbc()
                        .sql("select count(*) from audit_event where action = 'directory-import'")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void ldifExportShouldImportWithBase64NamesAndDnNesting(String kind) throws Exception {
        Fixture f = fixture(database(kind));

        ImportReport report = importResource(f.importer(), "danh-ba.ldif");

        assertThat(report.rejected()).isEmpty();
        assertThat(report.added()).isEqualTo(3);
        assertThat(f.directory().agencyOf("moc.gov.vn")).map(Agency::name).hasValue("Bộ Xây dựng");
        assertThat(f.directory().unitWithSharedMailbox("vanphong@moc.gov.vn"))
                .map(Unit::name)
                .hasValue("Văn phòng Bộ Xây dựng");
        assertThat(f.directory().unitOfMailbox("lthoa@moc.gov.vn"))
                .map(Unit::code)
                .hasValue("BXD-VP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void domainOrMailboxOfAnotherEntryShouldBeRejectedAndWriteNothing(String kind) throws Exception {
        Fixture f = fixture(database(kind));
        importResource(f.importer(), "danh-ba.csv");

        ImportReport report = f.importer()
                .importEntries(
                        DirectoryFiles.read(
                                "xung-dot.csv",
                                ("kind,code,name,agency,domains,abbreviation,mailbox\n"
                                                + "agency,BTP2,Bộ Tư pháp (trùng),,moj.gov.vn,,\n"
                                                + "unit,BTC-TV,Vụ Tài vụ,BTC,,TV,vanphong@moj.gov.vn\n"
                                                + "agency,BTP,Bộ Tư pháp,,moj.gov.vn,,\n"
                                                + "agency,BTP,Bộ Tư pháp,,moj.gov.vn,,\n")
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "xung-dot.csv",
                        "test");

        assertThat(report.rejected())
                .extracting(ImportReport.RejectedLine::line, ImportReport.RejectedLine::reasonEn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "domain moj.gov.vn already belongs to agency BTP"),
                        org.assertj.core.groups.Tuple.tuple(
                                3, "vanphong@moj.gov.vn is already the shared mailbox of unit BTP-VP"),
                        org.assertj.core.groups.Tuple.tuple(5, "the file names agency BTP twice (first at line 4)"));
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(f.directory().agency("BTP2")).isEmpty();
        assertThat(f.directory().unit("BTC-TV")).isEmpty();
        assertThat(f.jdbc()
                        .sql("select count(*) from directory_agency")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
