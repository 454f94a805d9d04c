package vn.officialmail.gateway.reminders;

import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * One reminder slot. The slot is the trigger's scheduled time, so a run caught up after a misfire
 * (the gateway was down at 08:00) still counts as the 08:00 reminder and is sent once.
 */
@DisallowConcurrentExecution
public final class ReminderJob implements Job {

    private final Reminders reminders;

    public ReminderJob(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(JobExecutionContext context) {
        Instant slot = context.getScheduledFireTime() == null
                ? Instant.now()
                : context.getScheduledFireTime().toInstant();
        context.setResult(reminders.send(slot));
    }
}
