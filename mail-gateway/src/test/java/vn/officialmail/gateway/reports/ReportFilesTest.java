package vn.officialmail.gateway.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.officialmail.gateway.rendering.Table;

class ReportFilesTest {

    @Test
    void csvShouldQuoteEveryFieldAndDefuseFormulasButKeepSignedNumbers() {
        Table table = new Table(
                "BÁO CÁO",
                List.of("Cơ quan: Bộ Tư pháp"),
                List.of("Nội dung", "Thay đổi"),
                List.of(1, 1),
                List.of(List.of("=HYPERLINK(\"http://x\")", "+2"), List.of("Giấy mời \"họp\"", "−1")));

        String csv = new String(ReportFiles.csv(table), StandardCharsets.UTF_8);

        assertThat(csv)
                .isEqualTo("\uFEFF\"BÁO CÁO\"\r\n\"Cơ quan: Bộ Tư pháp\"\r\n\"Nội dung\",\"Thay đổi\"\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",\"+2\"\r\n\"Giấy mời \"\"họp\"\"\",\"−1\"\r\n");
    }

    @Test
    void csvShouldWriteDecomposedVietnameseComposed() {
        Table table = new Table("Gia\u0301m sa\u0301t", List.of(), List.of("a"), List.of(1), List.of());

        assertThat(new String(ReportFiles.csv(table), StandardCharsets.UTF_8)).contains("Giám sát");
    }

    @Test
    void formatShouldBeParsedWhateverTheCaseAndAnUnknownOneNamed() {
        assertThat(ReportFormat.parse(" Pdf ")).isEqualTo(ReportFormat.PDF);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportFormat.parse("docx"))
                .withMessage("format must be one of pdf, xlsx, csv: docx");
    }

    @Test
    void settingsShouldRefuseABadAddressOrSchedule() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new ReportSettings(List.of("lanh dao@"), "0 0 7 1 * ?", List.of(ReportFormat.PDF), "vi", null))
                .withMessageContaining("gateway.reports.recipients must be e-mail addresses: 'lanh dao@'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReportSettings(List.of(), "mỗi tháng", List.of(ReportFormat.PDF), "vi", null))
                .withMessageContaining("gateway.reports.monthly-cron must be a Quartz cron expression");
        assertThat(new ReportSettings(List.of(), "0 0 7 1 * ?", List.of(ReportFormat.PDF), "vi", " ").scope())
                .isEqualTo(ReportScope.ALL);
    }
}
