package vn.officialmail.gateway.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.officialmail.gateway.TestDatabases;

/**
 * The outgoing register (sổ đăng ký văn bản đi, Decree 30/2020 Appendix IV.I) beside the incoming
 * one, on H2 and PostgreSQL: numbered apart from 1 each, with signer, recipients, copies and file
 * copy holder hashed and verified, a second copy linked, paper documents in the same series, and
 * printed with its own columns.
 */
class OutgoingRegisterIT {

    private static final Instant MORNING = Instant.parse("2026-03-02T02:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void outgoingRegisterShouldBeNumberedApartAndCarryItsColumns(String database) throws Exception {
        onDatabase(database, fixture -> {
            fixture.registerNew("incoming-1", "Công văn đến", MORNING);
            long sent = fixture.newRecord("outgoing-1");
            Registration outgoing = fixture.transactions.execute(status -> fixture.register.register(
                    "outgoing", sent, RegisterFixture.sha("outgoing-1"), issued("25/QĐ-BTP"), MORNING, "gateway"));
            long copy = fixture.newRecord("outgoing-copy");
            Registration second = fixture.transactions.execute(status -> fixture.register.register(
                    "outgoing", copy, RegisterFixture.sha("outgoing-copy"), issued("25/QĐ-BTP"), MORNING, "gateway"));
            fixture.registerNew("incoming-2", "Công văn đến 2", MORNING.plusSeconds(60));

            assertThat(outgoing.display()).contains("1/2026");
            assertThat(second.duplicateOf().map(RegisterEntry::display))
                    .as("the same document sent again is linked, not numbered")
                    .contains("1/2026");
            RegisterLines.Line line = new RegisterLines(fixture.jdbc)
                    .list("outgoing", Optional.empty(), Optional.empty(), 0, 10)
                    .items()
                    .get(0);
            assertThat(line.numberSymbol()).contains("25/QĐ-BTP");
            assertThat(line.signer()).contains("Nguyễn Văn Bình");
            assertThat(line.recipients()).isEqualTo("Bộ Tài chính; UBND tỉnh Nam Định");
            assertThat(line.copies()).isEqualTo(2);
            assertThat(line.keptBy()).contains("Văn phòng Bộ");
            assertThat(new RegisterLines(fixture.jdbc)
                            .list("incoming", Optional.empty(), Optional.empty(), 0, 10)
                            .items())
                    .extracting(RegisterLines.Line::number)
                    .containsExactly("1/2026", "2/2026");
            assertThat(new RegisterVerifier(fixture.jdbc).verify().problems()).isEmpty();

            fixture.jdbc
                    .sql("update register_entry set signer = 'Trần Văn C' where register_code = 'outgoing'")
                    .update();
            assertThat(new RegisterVerifier(fixture.jdbc).verify().problems())
                    .containsExactly("register outgoing 1/2026: content altered (does not match its hash)");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void paperOutgoingDocumentShouldShareTheSeriesAndBeRefusedTwiceInThatRegisterOnly(String database)
            throws Exception {
        onDatabase(database, fixture -> {
            long sent = fixture.newRecord("outgoing-mail");
            fixture.transactions.execute(status -> fixture.register.register(
                    "outgoing", sent, RegisterFixture.sha("outgoing-mail"), issued("30/CV-BTP"), MORNING, "gateway"));
            Registration paper = fixture.transactions.execute(status ->
                    fixture.register.registerPaper("outgoing", issued("31/CV-BTP"), MORNING.plusSeconds(60), "vanthu"));
            // The same number, symbol and issuer received back is a different register's matter.
            Registration incoming = fixture.transactions.execute(status ->
                    fixture.register.registerPaper("incoming", issued("31/CV-BTP"), MORNING.plusSeconds(90), "vanthu"));

            assertThat(paper.display()).contains("2/2026");
            assertThat(incoming.display()).contains("1/2026");
            assertThatThrownBy(() -> fixture.transactions.execute(status ->
                            fixture.register.registerPaper("outgoing", issued("31/CV-BTP"), MORNING, "vanthu")))
                    .isInstanceOf(DuplicateDocumentException.class)
                    .hasMessageContaining("2/2026");
            assertThat(new RegisterVerifier(fixture.jdbc).verify().problems()).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void outgoingDocumentConfirmedFromTheReviewQueueShouldTakeTheOutgoingRegistersNumber(String database)
            throws Exception {
        onDatabase(database, fixture -> {
            fixture.registerNew("incoming-1", "Công văn đến", MORNING);
            long doubtful = fixture.newRecord("doubtful");
            ReviewQueue review = new ReviewQueue(
                    fixture.jdbc,
                    fixture.records,
                    fixture.register,
                    new vn.officialmail.gateway.audit.AuditLog(fixture.jdbc, Clock.systemUTC()),
                    fixture.transactions,
                    Clock.systemUTC(),
                    event -> {});
            fixture.transactions.executeWithoutResult(
                    status -> review.enqueue(doubtful, "outgoing", "Chưa xác định được loại văn bản"));

            assertThat(review.list(ReviewQueue.State.WAITING, 0, 10))
                    .extracting(ReviewQueue.Item::register)
                    .containsExactly("outgoing");
            ReviewQueue.Confirmed confirmed = review.confirm(
                    doubtful,
                    new ReviewQueue.Confirmation(
                            Optional.of("Công văn"),
                            Optional.of("50/BTP-VP"),
                            Optional.of("Bộ Tư pháp"),
                            Optional.empty(),
                            Optional.of("Về việc trả lời kiến nghị"),
                            false,
                            Optional.empty()),
                    "vanthu");

            RegisterEntry entry = confirmed.registration().orElseThrow().entry().orElseThrow();
            assertThat(entry.registerCode()).isEqualTo("outgoing");
            assertThat(entry.number())
                    .as("numbered apart from the incoming register")
                    .isEqualTo(1);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void printedOutgoingRegisterShouldCarryTheColumnsOfAppendixFourOne(String database) throws Exception {
        onDatabase(database, fixture -> {
            long sent = fixture.newRecord("printed");
            fixture.transactions.execute(status -> fixture.register.register(
                    "outgoing", sent, RegisterFixture.sha("printed"), issued("40/TB-BTP"), MORNING, "gateway"));
            Registers registers = new Registers(List.of());
            RegisterPrint print = new RegisterPrint(new RegisterLines(fixture.jdbc), registers, Clock.systemUTC());

            byte[] xlsx = print.print(
                    registers.byCode("outgoing").orElseThrow(),
                    LocalDate.of(2026, 3, 2),
                    LocalDate.of(2026, 3, 2),
                    RegisterPrint.Format.XLSX);

            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = workbook.getSheetAt(0);
                List<String> header = new ArrayList<>();
                sheet.getRow(4).forEach(cell -> header.add(cell.getStringCellValue()));
                List<String> first = new ArrayList<>();
                sheet.getRow(5).forEach(cell -> first.add(cell.getStringCellValue()));
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("SỔ ĐĂNG KÝ VĂN BẢN ĐI");
                assertThat(header)
                        .containsExactly(
                                "STT",
                                "Số, ký hiệu văn bản",
                                "Ngày tháng văn bản",
                                "Tên loại và trích yếu nội dung văn bản",
                                "Người ký",
                                "Nơi nhận văn bản",
                                "Đơn vị, người nhận bản lưu",
                                "Số lượng bản",
                                "Ngày chuyển",
                                "Ký nhận",
                                "Ghi chú");
                assertThat(first)
                        .containsExactly(
                                "1/2026",
                                "40/TB-BTP",
                                "05/01/2026",
                                "Quyết định Về việc khen thưởng tập thể",
                                "Nguyễn Văn Bình",
                                "Bộ Tài chính; UBND tỉnh Nam Định",
                                "Văn phòng Bộ",
                                "2",
                                "02/03/2026",
                                "",
                                "Khẩn");
            }
            assertThat(print.print(
                            registers.byCode("outgoing").orElseThrow(),
                            LocalDate.of(2026, 3, 2),
                            LocalDate.of(2026, 3, 2),
                            RegisterPrint.Format.PDF))
                    .startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        });
    }

    private static DocumentParticulars issued(String numberSymbol) {
        return new DocumentParticulars(
                        "vanthu@moj.gov.vn",
                        "Gửi Quyết định khen thưởng",
                        Optional.of("Bộ Tư pháp"),
                        Optional.of(numberSymbol),
                        Optional.of(LocalDate.of(2026, 1, 5)),
                        Optional.of("Quyết định"),
                        Optional.of("Về việc khen thưởng tập thể"),
                        "Bộ Tài chính; UBND tỉnh Nam Định",
                        true,
                        Optional.empty())
                .issued(Optional.of("Nguyễn Văn Bình"), 2, Optional.of("Văn phòng Bộ"));
    }

    /** A check on one database. */
    private interface Check {
        void run(RegisterFixture fixture) throws Exception;
    }

    private void onDatabase(String database, Check test) throws Exception {
        if (database.equals("h2")) {
            test.run(new RegisterFixture(TestDatabases.h2(dir)));
            return;
        }
        try (TestDatabases.PostgresDatabase postgres = TestDatabases.postgres()) {
            test.run(new RegisterFixture(postgres.dataSource()));
        }
    }
}
