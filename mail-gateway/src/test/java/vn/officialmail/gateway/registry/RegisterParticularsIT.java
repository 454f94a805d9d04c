package vn.officialmail.gateway.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.officialmail.gateway.TestDatabases;

/**
 * The register's legal columns, duplicates and paper documents, on H2 and on PostgreSQL: lines
 * carry the Appendix IV columns and stay verifiable, a second copy of a document is linked to the
 * first entry instead of taking a number, and paper documents share the series.
 */
class RegisterParticularsIT {

    private static final Instant MORNING = Instant.parse("2026-03-02T02:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void linesShouldCarryTheLegalColumnsAndStayVerifiable(String database) throws Exception {
        onDatabase(database, fixture -> {
            long id = fixture.newRecord("decision");
            fixture.transactions.execute(status -> fixture.register.register(
                    id, RegisterFixture.sha("decision"), decision("15/QĐ-BTP", "Bộ Tư pháp"), MORNING, "gateway"));

            RegisterLines.Line line = new RegisterLines(fixture.jdbc)
                    .list("incoming", Optional.empty(), Optional.empty(), 0, 10)
                    .items()
                    .get(0);

            assertThat(line.number()).isEqualTo("1/2026");
            assertThat(line.issuer()).contains("Bộ Tư pháp");
            assertThat(line.numberSymbol()).contains("15/QĐ-BTP");
            assertThat(line.documentDate()).contains(LocalDate.of(2026, 1, 5));
            assertThat(line.typeName()).contains("Quyết định");
            assertThat(line.summary()).contains("Về việc khen thưởng tập thể");
            assertThat(line.urgent()).isTrue();
            assertThat(new RegisterVerifier(fixture.jdbc).verify().problems()).isEmpty();

            fixture.jdbc
                    .sql("update register_entry set issuer = 'Bộ Tài chính'")
                    .update();
            assertThat(new RegisterVerifier(fixture.jdbc).verify().problems())
                    .containsExactly("register incoming 1/2026: content altered (does not match its hash)");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void secondCopyShouldBeLinkedToTheFirstEntryAndTakeNoNumber(String database) throws Exception {
        onDatabase(database, fixture -> {
            long first = fixture.newRecord("first");
            long sameOriginal = fixture.newRecord("same-original");
            long sameNumber = fixture.newRecord("same-number");
            long sameInOneTransaction = fixture.newRecord("same-in-one-transaction");
            long other = fixture.newRecord("other");
            fixture.transactions.execute(status -> fixture.register.register(
                    first, "a".repeat(64), decision("15/QĐ-BTP", "Bộ Tư pháp"), MORNING, "gateway"));
            // The same original again (another envelope), then a rescanned copy typed differently.
            Registration byOriginal = fixture.transactions.execute(status -> fixture.register.register(
                    sameOriginal, "a".repeat(64), DocumentParticulars.of("x@moj.gov.vn", "Fwd"), MORNING, "gateway"));
            Registration byNumber = fixture.transactions.execute(status -> fixture.register.register(
                    sameNumber, "b".repeat(64), decision("15 / qđ-btp", "BỘ TƯ PHÁP"), MORNING, "gateway"));
            List<Registration> oneTransaction = fixture.transactions.execute(status -> List.of(
                    fixture.register.register(
                            other, "c".repeat(64), decision("16/QĐ-BTP", "Bộ Tư pháp"), MORNING, "gateway"),
                    fixture.register.register(
                            sameInOneTransaction,
                            "d".repeat(64),
                            decision("16/QĐ-BTP", "Bộ Tư pháp"),
                            MORNING,
                            "gateway")));

            assertThat(byOriginal.entry()).isEmpty();
            assertThat(byOriginal.duplicateOf().map(RegisterEntry::display)).contains("1/2026");
            assertThat(byNumber.duplicateOf().map(RegisterEntry::display)).contains("1/2026");
            assertThat(oneTransaction.get(0).display()).contains("2/2026");
            assertThat(oneTransaction.get(1).duplicateOf().map(RegisterEntry::display))
                    .contains("2/2026");
            assertThat(fixture.register.duplicateOf(sameNumber).map(RegisterEntry::display))
                    .contains("1/2026");
            assertThat(fixture.register.duplicateOf(sameInOneTransaction).map(RegisterEntry::display))
                    .contains("2/2026");
            assertThat(fixture.jdbc
                            .sql("select count(*) from register_entry")
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void paperDocumentsShouldShareTheSeriesAndBeVerified(String database) throws Exception {
        onDatabase(database, fixture -> {
            fixture.registerNew("mail", "Giấy mời họp", MORNING);
            Registration paper = fixture.transactions.execute(status -> fixture.register.registerPaper(
                    decision("20/CV-UBND", "Ủy ban nhân dân tỉnh"), MORNING.plusSeconds(60), "vanthu"));
            fixture.registerNew("mail-2", "Công văn", MORNING.plusSeconds(120));

            assertThat(paper.display()).contains("2/2026");
            assertThat(new RegisterVerifier(fixture.jdbc).verify().problems()).isEmpty();
            assertThatThrownBy(() -> fixture.transactions.execute(status -> fixture.register.registerPaper(
                            decision("20/CV-UBND", "Ủy ban nhân dân tỉnh"), MORNING, "vanthu")))
                    .isInstanceOf(DuplicateDocumentException.class)
                    .hasMessageContaining("2/2026");

            fixture.jdbc.sql("delete from register_entry where number = 2").update();
            assertThat(new RegisterVerifier(fixture.jdbc).verify().problems())
                    .containsExactly(
                            "register incoming 3/2026: entry 2 is missing (deleted)",
                            "register incoming, paper document incoming/2026/2: registered in the audit log,"
                                    + " but its entry is deleted");
        });
    }

    private static DocumentParticulars decision(String numberSymbol, String issuer) {
        return new DocumentParticulars(
                "vanthu@moj.gov.vn",
                "Gửi Quyết định khen thưởng",
                Optional.of(issuer),
                Optional.of(numberSymbol),
                Optional.of(LocalDate.of(2026, 1, 5)),
                Optional.of("Quyết định"),
                Optional.of("Về việc khen thưởng tập thể"),
                "vanphong@tuphap.gov.vn",
                true,
                Optional.empty());
    }

    private void onDatabase(String database, Consumer<RegisterFixture> test) throws Exception {
        if (database.equals("h2")) {
            test.accept(new RegisterFixture(TestDatabases.h2(dir)));
            return;
        }
        try (TestDatabases.PostgresDatabase postgres = TestDatabases.postgres()) {
            DataSource dataSource = postgres.dataSource();
            test.accept(new RegisterFixture(dataSource));
        }
    }
}
