package vn.officialmail.gateway.reminders;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.calendar.WorkingCalendar;
import vn.officialmail.gateway.scheduling.ScheduledJobs;

/**
 * Keeps one Quartz job per reminder time (group {@code reminders}, named {@code reminder-HHmm}) on
 * every day at that time in the agency's zone; the job itself skips days off, so a holiday
 * configured later needs no rescheduling. Times removed from the configuration lose their job.
 */
@Component
final class ReminderSchedule {

    static final String GROUP = "reminders";

    private final ScheduledJobs jobs;
    private final ReminderSettings settings;
    private final WorkingCalendar calendar;

    ReminderSchedule(ScheduledJobs jobs, GatewaySettings settings, WorkingCalendar calendar) {
        this.jobs = jobs;
        this.settings = settings.reminders();
        this.calendar = calendar;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Set<String> wanted = new HashSet<>();
        if (settings.enabled()) {
            for (LocalTime time : settings.times()) {
                String name = name(time);
                wanted.add(name);
                jobs.cron(
                        GROUP,
                        name,
                        "Nhắc việc lúc " + time + " các ngày làm việc / reminders at " + time + " on working days",
                        ReminderJob.class,
                        Map.of(),
                        cron(time),
                        calendar.zone());
            }
        }
        for (String name : jobs.names(GROUP)) {
            if (!wanted.contains(name)) {
                jobs.remove(GROUP, name);
            }
        }
    }

    static String name(LocalTime time) {
        return String.format(java.util.Locale.ROOT, "reminder-%02d%02d", time.getHour(), time.getMinute());
    }

    /** Quartz cron: seconds, minutes, hours, every day of the month, every month, any weekday. */
    static String cron(LocalTime time) {
        return "0 " + time.getMinute() + " " + time.getHour() + " * * ?";
    }
}
