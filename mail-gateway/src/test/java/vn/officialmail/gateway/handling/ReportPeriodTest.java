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
                .hasMessage("period must look like 2026-10, 2026-Q3 or 2026 for MONTHLY: 2026-Q3");
        assertThat(ReportPeriod.MONTHLY.isKey("2026-13")).isFalse();
    }
}
