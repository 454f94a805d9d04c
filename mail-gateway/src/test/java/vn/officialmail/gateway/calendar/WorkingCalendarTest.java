package vn.officialmail.gateway.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    // Tết 2027: Tuesday 9 February to Friday 12 February off; Saturday 20 February worked in exchange.
    private static final CalendarSettings TET_2027 = new CalendarSettings(
            ZoneId.of("Asia/Ho_Chi_Minh"),
            List.of(
                    LocalDate.of(2027, 2, 9),
                    LocalDate.of(2027, 2, 10),
                    LocalDate.of(2027, 2, 11),
                    LocalDate.of(2027, 2, 12)),
            List.of(LocalDate.of(2027, 2, 20)));

    private static WorkingCalendar at(String instant) {
        return new WorkingCalendar(TET_2027, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void todayIsTheAgencysDateNotUtcs() {
        // 18:30 UTC on 31 December is 01:30 on 1 January in Hanoi.
        assertThat(at("2026-12-31T18:30:00Z").today()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void weekendsAndHolidaysAreDaysOffAndAMakeUpSaturdayIsWorked() {
        WorkingCalendar calendar = at("2027-02-01T00:00:00Z");
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isTrue(); // Monday
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 10))).isFalse(); // Tết
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 13))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue(); // make-up Saturday
    }

    @Test
    void deadlinesSkipTetAndCountTheMakeUpSaturday() {
        WorkingCalendar calendar = at("2027-02-01T00:00:00Z");
        // Received Monday 8 February: day 1 is Monday 15 (Tết, then the weekend), day 5 Friday 19, day 6 Saturday 20.
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 2, 8), 1)).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 2, 8), 6)).isEqualTo(LocalDate.of(2027, 2, 20));
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 2, 10), 0)).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 20)))
                .isEqualTo(6);
    }

    @Test
    void anAbsurdDeadlineIsRefused() {
        assertThatThrownBy(() -> at("2027-02-01T00:00:00Z").addWorkingDays(LocalDate.of(2027, 2, 8), -1))
                .hasMessageContaining("between 0 and");
    }
}
