package vn.officialmail.gateway.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.config.directory.Account;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.PersonalMailProviders;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.TestDatabases;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.directory.DirectorySnapshot;
import vn.officialmail.gateway.directory.DomainPolicy;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.message.NewMessage;
import vn.officialmail.gateway.registry.DocumentParticulars;
import vn.officialmail.gateway.registry.IncomingRegister;
import vn.officialmail.gateway.registry.Registration;

/**
 * Dossiers on H2 and PostgreSQL: the file plan's rules file documents as they are registered (by
 * type, unit, symbol, keyword), one document lands in two dossiers as two links and no copy, a
 * clerk files by hand, a closed dossier takes nothing more, and the export lists the documents in
 * chronological order with the Appendix VI fields.
 */
class DossiersIT {

    static final String AGENCY = "000.00.00.G09";

    static final DossierSettings PLAN = new DossierSettings(
            AGENCY,
            List.of(
                    new FilePlanItem(
                            "01.QD",
                            "Quyết định của Bộ năm",
                            "Vĩnh viễn",
                            "vanthu",
                            null,
                            List.of("quyet-dinh"),
                            null,
                            null,
                            null),
                    new FilePlanItem(
                            "02.KHTC",
                            "Hồ sơ kế hoạch tài chính",
                            "20 năm",
                            null,
                            null,
                            null,
                            List.of("BTP-KHTC"),
                            null,
                            List.of("kế hoạch")),
                    new FilePlanItem(
                            "03.TH", "Hồ sơ tổng hợp", "10 năm", null, "Sử dụng có điều kiện", null, null, null, null),
                    new FilePlanItem(
                            "04.GM",
                            "Giấy mời của Bộ Tài chính",
                            "5 năm",
                            null,
                            null,
                            null,
                            null,
                            List.of("GM-BTC"),
                            null)));

    private static final Instant MORNING = Instant.parse("2026-03-02T02:00:00Z");

    @TempDir
    Path dir;

    /** A register and dossiers on one database. */
    record Fixture(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            IncomingRegister register,
            Dossiers dossiers,
            MessageRecords records) {

        static Fixture on(DataSource dataSource) {
            DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            AuditLog audit = new AuditLog(jdbc, Clock.systemUTC());
            IncomingRegister register = new IncomingRegister(jdbc, manager, audit, Clock.systemUTC());
            MessageRecords records = new MessageRecords(jdbc);
            Directory directory = new Directory(
                    DomainPolicy.officialOnly(List.of("*.gov.vn"), PersonalMailProviders.loadDefault()),
                    Set.of("BTP"),
                    new DirectorySnapshot(
                            List.of(new Agency("BTP", "Bộ Tư pháp", List.of("moj.gov.vn"))),
                            List.of(new Unit(
                                    "BTP-KHTC",
                                    "BTP",
                                    "Vụ Kế hoạch - Tài chính",
                                    "KHTC",
                                    Optional.of("khtc@moj.gov.vn"),
                                    Optional.empty(),
                                    Optional.empty())),
                            List.of(new Account("nvan@moj.gov.vn", "Nguyễn Văn An", "BTP-KHTC"))));
            Dossiers dossiers = new Dossiers(
                    jdbc, new FilePlan(PLAN), audit, Clock.systemUTC(), records, directory, register, manager);
            return new Fixture(jdbc, new TransactionTemplate(manager), register, dossiers, records);
        }

        /** Registers a mailed document to {@code recipient} and returns its number. */
        String registerMail(String key, String recipient, DocumentParticulars document, Instant receivedAt) {
            long id = transactions.execute(status -> records.insert(new NewMessage(
                    key,
                    key,
                    sha(key),
                    1,
                    "smtp",
                    receivedAt,
                    "127.0.0.1",
                    "helo",
                    "vanthu@mof.gov.vn",
                    List.of(recipient),
                    Optional.empty(),
                    Optional.of(document.subject()),
                    Optional.empty())));
            Registration registration = transactions.execute(
                    status -> register.register(id, sha(key), document, receivedAt, IncomingRegister.GATEWAY));
            return registration.display().orElseThrow();
        }

        static String sha(String key) {
            return BlobStore.sha256Hex(key.getBytes(StandardCharsets.UTF_8));
        }
    }

    static DocumentParticulars document(String type, String numberSymbol, LocalDate date, String summary) {
        return new DocumentParticulars(
                "vanthu@mof.gov.vn",
                summary,
                Optional.of("Bộ Tài chính"),
                Optional.of(numberSymbol),
                Optional.of(date),
                Optional.of(type),
                Optional.of(summary),
                "Vụ Kế hoạch - Tài chính",
                false,
                Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void rulesShouldFileDocumentsAsTheyAreRegisteredAndOneDocumentInTwoDossiersWithoutCopy(String database)
            throws Exception {
        onDatabase(database, f -> {
            // Registered out of date order: the export must still be chronological.
            f.registerMail(
                    "plan-decision",
                    "nvan@moj.gov.vn",
                    document(
                            "Quyết định", "20/QĐ-BTC", LocalDate.of(2026, 2, 20), "Về việc giao kế hoạch vốn năm 2026"),
                    MORNING);
            f.registerMail(
                    "early-decision",
                    "vanthu@moj.gov.vn",
                    document("Quyết định", "5/QĐ-BTC", LocalDate.of(2026, 1, 10), "Về việc khen thưởng"),
                    MORNING.plusSeconds(60));
            f.registerMail(
                    "invitation",
                    "vanthu@moj.gov.vn",
                    document("Giấy mời", "7/GM-BTC", LocalDate.of(2026, 2, 1), "Họp giao ban"),
                    MORNING.plusSeconds(120));
            f.registerMail(
                    "letter",
                    "vanthu@moj.gov.vn",
                    document("Công văn", "9/BTC-VP", LocalDate.of(2026, 2, 2), "Về việc báo cáo"),
                    MORNING.plusSeconds(180));

            assertThat(numbers(f, AGENCY + ".2026.01.QD")).containsExactly("2/2026", "1/2026");
            assertThat(numbers(f, AGENCY + ".2026.02.KHTC"))
                    .as("a unit's document with the keyword, found through the recipient's unit")
                    .containsExactly("1/2026");
            assertThat(numbers(f, AGENCY + ".2026.04.GM")).containsExactly("3/2026");
            assertThat(numbers(f, AGENCY + ".2026.03.TH"))
                    .as("no rules: filed by hand only")
                    .isEmpty();
            assertThat(f.jdbc()
                            .sql("select count(*) from register_entry")
                            .query(Long.class)
                            .single())
                    .as("a document in two dossiers is linked twice, never copied")
                    .isEqualTo(4);
            assertThat(f.jdbc()
                            .sql("select count(*) from dossier_document")
                            .query(Long.class)
                            .single())
                    .isEqualTo(4);

            Dossiers.FiledDocument first =
                    f.dossiers().documents(AGENCY + ".2026.01.QD").get(0);
            assertThat(first.ordinal()).isEqualTo(1);
            assertThat(first.numberSymbol()).contains("5/QĐ-BTC");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void clerkShouldFileByHandUntilTheDossierIsClosedAndTheClosingShouldBeAudited(String database) throws Exception {
        onDatabase(database, f -> {
            String number = f.registerMail(
                    "letter",
                    "vanthu@moj.gov.vn",
                    document("Công văn", "9/BTC-VP", LocalDate.of(2026, 2, 2), "Về việc báo cáo"),
                    MORNING);
            String later = f.registerMail(
                    "later",
                    "vanthu@moj.gov.vn",
                    document("Công văn", "10/BTC-VP", LocalDate.of(2026, 2, 3), "Về việc báo cáo bổ sung"),
                    MORNING);
            String code = AGENCY + ".2026.03.TH";
            long entry = f.dossiers().entryId("incoming", number).orElseThrow();
            long laterEntry = f.dossiers().entryId("incoming", later).orElseThrow();

            assertThat(file(f, code, entry)).isEqualTo(Dossiers.Outcome.DONE);
            assertThat(file(f, code, entry)).isEqualTo(Dossiers.Outcome.ALREADY_FILED);
            assertThat(file(f, AGENCY + ".2026.99.XX", entry)).isEqualTo(Dossiers.Outcome.NO_SUCH_DOSSIER);
            assertThat(file(f, code, 999_999)).isEqualTo(Dossiers.Outcome.NO_SUCH_ENTRY);
            assertThat(close(f, code)).isEqualTo(Dossiers.Outcome.DONE);
            assertThat(close(f, code)).isEqualTo(Dossiers.Outcome.CLOSED);
            assertThat(file(f, code, laterEntry)).isEqualTo(Dossiers.Outcome.CLOSED);

            Dossiers.Dossier closed = f.dossiers().find(code).orElseThrow();
            assertThat(closed.state()).isEqualTo(Dossiers.State.CLOSED);
            assertThat(closed.closedBy()).contains("vanthu");
            assertThat(closed.documents()).isEqualTo(1);
            assertThat(closed.rights()).isEqualTo("Sử dụng có điều kiện");
            assertThat(f.jdbc()
                            .sql("select actor || ' ' || subject_id || ' ' || details from audit_event"
                                    + " where action = 'dossier-closed'")
                            .query(String.class)
                            .list())
                    .containsExactly("vanthu " + code + " {\"documents\":\"1\"}");
        });
    }

    @Test
    void exportShouldListTheDocumentsInChronologicalOrderAsXmlAndPdf() throws Exception {
        Fixture f = Fixture.on(TestDatabases.h2(dir));
        f.registerMail(
                "late",
                "vanthu@moj.gov.vn",
                document("Quyết định", "20/QĐ-BTC", LocalDate.of(2026, 2, 20), "Về việc giao kế hoạch vốn"),
                MORNING);
        f.registerMail(
                "early",
                "vanthu@moj.gov.vn",
                document("Quyết định", "5/QĐ-BTC", LocalDate.of(2026, 1, 10), "Về việc khen thưởng"),
                MORNING);
        DossierExport export = new DossierExport(f.dossiers());
        String code = AGENCY + ".2026.01.QD";

        String xml = new String(export.xml(code).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(xml)
                .contains("<FileCode><OrganId>000.00.00.G09</OrganId><FileCatalog>2026</FileCatalog>"
                        + "<FileNotation>01.QD</FileNotation></FileCode>")
                .contains("<Title>Quyết định của Bộ năm</Title><Maintenance>Vĩnh viễn</Maintenance>")
                .contains("<StartDate>2026-01-10</StartDate><EndDate>2026-02-20</EndDate><DocTotal>2</DocTotal>");
        assertThat(xml.indexOf("<CodeNumber>5</CodeNumber><CodeNotation>QĐ-BTC</CodeNotation>"))
                .isPositive()
                .isLessThan(xml.indexOf("<CodeNumber>20</CodeNumber>"));
        assertThat(xml).contains("<DocOrdinal>1</DocOrdinal><TypeName>Quyết định</TypeName><CodeNumber>5</CodeNumber>");

        try (PDDocument pdf = Loader.loadPDF(export.pdf(code).orElseThrow())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("MỤC LỤC VĂN BẢN TRONG HỒ SƠ").contains("000.00.00.G09.2026.01.QD");
            assertThat(text.indexOf("5/QĐ-BTC")).isPositive().isLessThan(text.indexOf("20/QĐ-BTC"));
        }
        assertThat(export.xml(AGENCY + ".2026.77.NO")).isEmpty();
    }

    @Test
    void filePlanShouldRefuseABadAgencyCodeOrARepeatedNotation() {
        FilePlanItem item = new FilePlanItem("01.TH", "Tổng hợp", "10 năm", null, null, null, null, null, null);
        assertThatThrownBy(() -> new FilePlan(new DossierSettings("G09", List.of(item))))
                .hasMessageContaining(
                        "gateway.dossiers.agency-code 'G09' must be the agency's 13-character identifier");
        assertThatThrownBy(() -> new FilePlan(new DossierSettings(AGENCY, List.of(item, item))))
                .hasMessageContaining("notation '01.TH' is planned twice");
        assertThatThrownBy(() -> new FilePlanItem("01 TH/x", "T", "10 năm", null, null, null, null, null, null))
                .hasMessageContaining("notation '01 TH/x' must be 1 to 20 letters");
        assertThatThrownBy(() -> new FilePlanItem("01.TH", "T", " ", null, null, null, null, null, null))
                .hasMessageContaining("dossier '01.TH' needs a retention");
    }

    private static Dossiers.Outcome close(Fixture f, String code) {
        return f.transactions().execute(status -> f.dossiers().close(code, "vanthu"));
    }

    private static Dossiers.Outcome file(Fixture f, String code, long entry) {
        return f.transactions().execute(status -> f.dossiers().file(code, entry, "vanthu"));
    }

    private static List<String> numbers(Fixture f, String code) {
        return f.dossiers().documents(code).stream()
                .map(Dossiers.FiledDocument::number)
                .toList();
    }

    private interface Check {
        void run(Fixture fixture) throws Exception;
    }

    private void onDatabase(String database, Check test) throws Exception {
        if (database.equals("h2")) {
            test.run(Fixture.on(TestDatabases.h2(dir)));
            return;
        }
        try (TestDatabases.PostgresDatabase postgres = TestDatabases.postgres()) {
            test.run(Fixture.on(postgres.dataSource()));
        }
    }
}
