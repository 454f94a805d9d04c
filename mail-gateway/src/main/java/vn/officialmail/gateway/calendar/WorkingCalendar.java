package vn.officialmail.gateway.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.GatewaySettings;

/**
 * Which days the agency works, in its own time zone: Monday to Friday, minus configured holidays,
 * plus configured make-up Saturdays/Sundays. Deadlines given in working days and the twice-daily
 * reminders both ask it, so a holiday is a holiday everywhere.
 */
@Component
public class WorkingCalendar {

    /** A deadline further than this is a typo, not a plan; refusing it bounds the day-by-day walk. */
    static final int MAX_WORKING_DAYS = 3_660;

    private final ZoneId zone;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekendDays;
    private final Clock clock;

    @Autowired
    public WorkingCalendar(GatewaySettings settings, Clock clock) {
        this(settings.calendar(), clock);
    }

    public WorkingCalendar(CalendarSettings settings, Clock clock) {
        this.zone = settings.zone();
        this.holidays = Set.copyOf(settings.holidays());
        this.workingWeekendDays = Set.copyOf(settings.workingWeekendDays());
        this.clock = clock;
    }

    /** The agency's time zone. */
    public ZoneId zone() {
        return zone;
    }

    /** Today in the agency's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Whether staff work on {@code day}. */
    public boolean isWorkingDay(LocalDate day) {
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
        return !weekend || workingWeekendDays.contains(day);
    }

    /**
     * The day {@code workingDays} working days after {@code start} (a deadline "within 5 working days"
     * of receipt): {@code start} itself does not count; 0 gives {@code start} or, when it is a day off,
     * the next working day.
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException(
                    "working days must be between 0 and " + MAX_WORKING_DAYS + ", was " + workingDays);
        }
        LocalDate day = start;
        while (!isWorkingDay(day) && workingDays == 0) {
            day = day.plusDays(1);
        }
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days strictly after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
