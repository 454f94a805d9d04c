package vn.officialmail.gateway.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The agency's working calendar ({@code gateway.calendar.*}).
 *
 * @param zone the agency's time zone: deadlines and reminders are counted in its days
 * @param holidays public holidays and days off (Tết varies with the lunar calendar, so the dates are
 *     configured each year rather than computed)
 * @param workingWeekendDays Saturdays or Sundays declared working days to make up for a bridged
 *     holiday (ngày làm bù)
 */
public record CalendarSettings(
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @Nullable List<LocalDate> holidays,
        @Nullable List<LocalDate> workingWeekendDays) {

    public CalendarSettings {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workingWeekendDays = workingWeekendDays == null ? List.of() : List.copyOf(workingWeekendDays);
    }
}
