package vn.officialmail.gateway.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static final LocalDate NOV_4 = LocalDate.of(2026, 11, 4);

    @Test
    void periodOfShouldReadTheMonthAndIgnoreTheDateLine() {
        String text = "Hà Nội, ngày 04 tháng 11 năm 2026\nBÁO CÁO\nKết quả công tác tháng 10 năm 2026";

        assertThat(ReportPeriod.MONTHLY.periodOf(text, NOV_4)).contains("2026-10");
    }

    @Test
    void periodOfShouldTakeLastYearWhenAMonthWithoutYearIsLaterThanToday() {
        assertThat(ReportPeriod.MONTHLY.periodOf("Báo cáo tháng 12", LocalDate.of(2027, 1, 3)))
                .contains("2026-12");
        assertThat(ReportPeriod.MONTHLY.periodOf("Báo cáo THÁNG 10/2026", NOV_4))
                .contains("2026-10");
    }

    @Test
    void periodOfShouldReadRomanAndArabicQuarters() {
        assertThat(ReportPeriod.QUARTERLY.periodOf("Báo cáo quý III năm 2026", NOV_4))
                .contains("2026-Q3");
        assertThat(ReportPeriod.QUARTERLY.periodOf("BÁO CÁO QUÝ 2/2026", NOV_4)).contains("2026-Q2");
    }

    @Test
    void periodOfShouldNotTakeAMonthlyReportForTheYearlyOne() {
        assertThat(ReportPeriod.YEARLY.periodOf("Báo cáo tháng 10 năm 2026", NOV_4))
                .isEmpty();
        assertThat(ReportPeriod.YEARLY.periodOf("Báo cáo tổng kết công tác năm 2026", NOV_4))
                .contains("2026");
    }

    @Test
    void periodOfShouldBeEmptyForAMonthThatDoesNotExist() {
        assertThat(ReportPeriod.MONTHLY.periodOf("Báo cáo tháng 13 năm 2026", NOV_4))
                .isEmpty();
    }

    @Test
    void dueDateShouldBeDayNOfTheMonthAfterThePeriodAndTheLastDayOfAShortMonth() {
        assertThat(ReportPeriod.MONTHLY.dueDate("2026-10", 5)).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(ReportPeriod.MONTHLY.dueDate("2026-01", 31)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(ReportPeriod.QUARTERLY.dueDate("2026-Q4", 10)).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(ReportPeriod.YEARLY.dueDate("2026", 15)).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void previousShouldBeThePeriodBeforeToday() {
        assertThat(ReportPeriod.MONTHLY.previous(LocalDate.of(2027, 1, 3))).isEqualTo("2026-12");
        assertThat(ReportPeriod.QUARTERLY.previous(LocalDate.of(2027, 1, 3))).isEqualTo("2026-Q4");
        assertThat(ReportPeriod.QUARTERLY.previous(NOV_4)).isEqualTo("2026-Q3");
        assertThat(ReportPeriod.YEARLY.previous(NOV_4)).isEqualTo("2025");
    }

    @Test
    void dueDateShouldNameTheBadPeriodAndTheFormWhenThePeriodIsNotAKey() {
        assertThatThrownBy(() -> ReportPeriod.MONTHLY.dueDate("2026-Q3", 5))
                .hasMessage("period must look like 2026-10, 2026-Q3, 2026-H1 or 2026 for MONTHLY: 2026-Q3");
        assertThat(ReportPeriod.MONTHLY.isKey("2026-13")).isFalse();
    }

    @Test
    void periodOfShouldReadTheHalfOfTheYearAsWrittenInVietnamese() {
        LocalDate july = LocalDate.of(2026, 7, 3);
        assertThat(ReportPeriod.HALF_YEARLY.periodOf("Báo cáo sơ kết công tác 6 tháng đầu năm 2026", july))
                .contains("2026-H1");
        assertThat(ReportPeriod.HALF_YEARLY.periodOf("BÁO CÁO SÁU THÁNG ĐẦU NĂM 2026", july))
                .contains("2026-H1");
        assertThat(ReportPeriod.HALF_YEARLY.periodOf("Báo cáo 6 tháng cuối năm 2026", LocalDate.of(2027, 1, 8)))
                .contains("2026-H2");
        assertThat(ReportPeriod.HALF_YEARLY.periodOf("Báo cáo công tác 06 tháng đầu năm", july))
                .contains("2026-H1");
    }

    @Test
    void periodOfShouldInferTheHalfOfAPlainSixMonthReportFromWhenItCame() {
        assertThat(ReportPeriod.HALF_YEARLY.periodOf("Báo cáo 6 tháng", LocalDate.of(2026, 6, 25)))
                .contains("2026-H1");
        assertThat(ReportPeriod.HALF_YEARLY.periodOf("Báo cáo 6 tháng", LocalDate.of(2027, 1, 6)))
                .contains("2026-H2");
        assertThat(ReportPeriod.HALF_YEARLY.periodOf("Báo cáo 6 tháng năm 2026", LocalDate.of(2027, 1, 6)))
                .contains("2026-H2");
        assertThat(ReportPeriod.HALF_YEARLY.periodOf("Báo cáo sáu tháng cuối năm", LocalDate.of(2027, 1, 6)))
                .contains("2026-H2");
    }

    @Test
    void halfYearReportsShouldNotBeTakenForMonthlyOrYearlyOnesNorTheOtherWayRound() {
        String half = "Báo cáo sơ kết 6 tháng đầu năm 2026 (số liệu đến hết tháng 6/2026)";
        LocalDate july = LocalDate.of(2026, 7, 3);

        assertThat(ReportPeriod.MONTHLY.periodOf(half, july)).isEmpty();
        assertThat(ReportPeriod.YEARLY.periodOf(half, july)).isEmpty();
        assertThat(ReportPeriod.HALF_YEARLY.periodOf("Báo cáo tháng 6 năm 2026", july))
                .isEmpty();
        assertThat(ReportPeriod.HALF_YEARLY.periodOf("Công việc sau tháng 10 năm 2026", NOV_4))
                .isEmpty();
        assertThat(ReportPeriod.HALF_YEARLY.periodOf("Hà Nội, ngày 15 tháng 6 năm 2026", july))
                .isEmpty();
    }

    @Test
    void halfYearsShouldBeDueTheMonthAfterJuneOrDecember() {
        assertThat(ReportPeriod.HALF_YEARLY.dueDate("2026-H1", 10)).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(ReportPeriod.HALF_YEARLY.dueDate("2026-H2", 15)).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(ReportPeriod.HALF_YEARLY.previous(NOV_4)).isEqualTo("2026-H1");
        assertThat(ReportPeriod.HALF_YEARLY.previous(LocalDate.of(2027, 1, 3))).isEqualTo("2026-H2");
        assertThat(ReportPeriod.HALF_YEARLY.isKey("2026-H2")).isTrue();
        assertThat(ReportPeriod.HALF_YEARLY.isKey("2026-Q2")).isFalse();
        assertThat(ReportPeriod.YEARLY.isKey("2026-H1")).isFalse();
    }
}
