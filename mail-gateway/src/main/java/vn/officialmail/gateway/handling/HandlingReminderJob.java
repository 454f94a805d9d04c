package vn.officialmail.gateway.handling;

import java.util.Map;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.calendar.WorkingCalendar;
import vn.officialmail.gateway.scheduling.ScheduledJobs;

/**
 * The morning reminders of document handling (job {@code handling.reminders}, at {@code
 * gateway.handling.reminder-cron} in the agency's time zone): units that have not commented on a
 * draft due soon, and units whose periodic report is overdue.
 */
@DisallowConcurrentExecution
public final class HandlingReminderJob implements Job {

    static final String GROUP = "handling";
    static final String NAME = "reminders";

    private final ConsultationReminders consultations;
    private final PeriodicReports reports;

    public HandlingReminderJob(ConsultationReminders consultations, PeriodicReports reports) {
        this.consultations = consultations;
        this.reports = reports;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int comments = consultations.remindLate();
        int late = reports.remindLate();
        context.setResult(comments + " comment reminder(s), " + late + " report reminder(s)");
    }

    /** Puts the job on the schedule at startup (replacing the previous one, so a changed time applies). */
    @Component
    static final class Schedule {

        private final ScheduledJobs jobs;
        private final GatewaySettings settings;
        private final WorkingCalendar calendar;

        Schedule(ScheduledJobs jobs, GatewaySettings settings, WorkingCalendar calendar) {
            this.jobs = jobs;
            this.settings = settings;
            this.calendar = calendar;
        }

        @EventListener(ApplicationReadyEvent.class)
        void schedule() {
            jobs.cron(
                    GROUP,
                    NAME,
                    "Nhắc góp ý dự thảo và báo cáo định kỳ / reminders of comments and periodic reports",
                    HandlingReminderJob.class,
                    Map.of(),
                    settings.handling().reminderCron(),
                    calendar.zone());
        }
    }
}
