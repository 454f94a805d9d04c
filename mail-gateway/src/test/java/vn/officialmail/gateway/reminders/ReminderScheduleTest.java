package vn.officialmail.gateway.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;

class ReminderScheduleTest {

    @Test
    void cronShouldFireAtTheTimeInTheAgencysZone() throws Exception {
        CronExpression morning = new CronExpression(ReminderSchedule.cron(LocalTime.of(8, 0)));
        CronExpression afternoon = new CronExpression(ReminderSchedule.cron(LocalTime.of(13, 30)));
        morning.setTimeZone(TimeZone.getTimeZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        afternoon.setTimeZone(TimeZone.getTimeZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        Date monday = Date.from(Instant.parse("2026-11-23T00:00:00Z")); // 07:00 in Hà Nội

        assertThat(morning.getNextValidTimeAfter(monday).toInstant()).isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
        assertThat(afternoon.getNextValidTimeAfter(monday).toInstant())
                .isEqualTo(Instant.parse("2026-11-23T06:30:00Z"));
        assertThat(ReminderSchedule.name(LocalTime.of(8, 0))).isEqualTo("reminder-0800");
    }

    @Test
    void settingsShouldRefuseTimesWithSeconds() {
        assertThatThrownBy(() -> new ReminderSettings(true, List.of(LocalTime.of(8, 0, 30)), 3, null, true, 200))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gateway.reminders.times must be whole minutes");
    }
}
