package vn.officialmail.gateway.handling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The morning run of {@link ConsultationReminders}. */
@DisallowConcurrentExecution
public final class ConsultationReminderJob implements Job {

    private final ConsultationReminders reminders;

    public ConsultationReminderJob(ConsultationReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult(reminders.remindLate() + " reminder(s) sent");
    }
}
