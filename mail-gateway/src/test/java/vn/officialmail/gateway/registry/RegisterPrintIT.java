package vn.officialmail.gateway.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.officialmail.gateway.TestDatabases;

/**
 * The printed incoming register: every Appendix IV.VI column, Vietnamese intact in the PDF (fonts
 * embedded) and in the XLSX, decomposed input printed as composed text, many pages numbered.
 */
class RegisterPrintIT {

    private static final Instant MORNING = Instant.parse("2026-03-02T02:00:00Z");

    @TempDir
    Path dir;

    RegisterFixture fixture;
    RegisterPrint print;

    @BeforeEach
    void registerDocuments() {
        fixture = new RegisterFixture(TestDatabases.h2(dir));
        print = new RegisterPrint(
                new RegisterLines(fixture.jdbc), new Registers(java.util.List.of()), Clock.systemUTC());
        long id = fixture.newRecord("decision");
        // The issuer decomposed (NFD), as some scanners and old mail clients write it.
        String issuer = Normalizer.normalize("Ủy ban nhân dân tỉnh Nam Định", Normalizer.Form.NFD);
        fixture.transactions.execute(status -> fixture.register.register(
                id,
                RegisterFixture.sha("decision"),
                new DocumentParticulars(
                        "vanthu@namdinh.gov.vn",
                        "Gửi Quyết định",
                        Optional.of(issuer),
                        Optional.of("15/QĐ-UBND"),
                        Optional.of(LocalDate.of(2026, 2, 27)),
                        Optional.of("Quyết định"),
                        Optional.of("Về việc khen thưởng tập thể 😀"),
                        "Văn phòng",
                        true,
                        Optional.empty()),
                MORNING,
                "gateway"));
    }

    @Test
    void pdfShouldCarryTheColumnsInVietnameseWithTheFontsEmbedded() throws Exception {
        byte[] pdf = print.print(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), RegisterPrint.Format.PDF);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN")
                    .contains("Từ ngày 01/03/2026 đến ngày 31/03/2026")
                    .contains("Số đến")
                    .contains("Tác giả")
                    .contains("1/2026")
                    .contains("15/QĐ-UBND")
                    .contains("27/02/2026")
                    .contains("Định")
                    .contains("thưởng")
                    .contains("Khẩn")
                    .contains("Trang 1/1");
            assertThat(text).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded())
                            .as("font %s embedded", font.getName())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void xlsxShouldCarryEveryColumnAndTheFullText() throws Exception {
        byte[] xlsx = print.print(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), RegisterPrint.Format.XLSX);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(4).forEach(cell -> header.add(cell.getStringCellValue()));
            List<String> first = new ArrayList<>();
            sheet.getRow(5).forEach(cell -> first.add(cell.getStringCellValue()));

            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN");
            assertThat(header)
                    .containsExactly(
                            "Ngày đến",
                            "Số đến",
                            "Tác giả",
                            "Số, ký hiệu văn bản",
                            "Ngày tháng văn bản",
                            "Tên loại và trích yếu nội dung văn bản",
                            "Đơn vị hoặc người nhận",
                            "Ngày chuyển",
                            "Ký nhận",
                            "Ghi chú");
            assertThat(first)
                    .containsExactly(
                            "02/03/2026",
                            "1/2026",
                            "Ủy ban nhân dân tỉnh Nam Định",
                            "15/QĐ-UBND",
                            "27/02/2026",
                            "Quyết định Về việc khen thưởng tập thể 😀",
                            "Văn phòng",
                            "",
                            "",
                            "Khẩn");
        }
    }

    @Test
    void aLongRegisterShouldRunOverNumberedPagesWithTheHeaderOnEach() throws Exception {
        for (int i = 0; i < 50; i++) {
            fixture.registerNew("m" + i, "Công văn số " + i + " về việc báo cáo định kỳ", MORNING.plusSeconds(i));
        }

        byte[] pdf = print.print(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), RegisterPrint.Format.PDF);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            String last = stripper.getText(document);
            assertThat(last).contains("Số đến").contains("51/2026").contains("Trang " + pages + "/" + pages);
        }
    }
}
