package vn.officialmail.gateway.mailbox;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** The polling fallback to IDLE: reads one mailbox's folders (job data {@code account-id}). */
@DisallowConcurrentExecution
public final class MailboxPollJob implements Job {

    static final String ACCOUNT_ID = "account-id";

    private final MailboxIntake intake;

    public MailboxPollJob(MailboxIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        long accountId = Long.parseLong(context.getMergedJobDataMap().getString(ACCOUNT_ID));
        try {
            int taken = intake.syncAccount(accountId);
            context.setResult(taken + " message(s) taken");
        } catch (MailboxIntake.MailboxIntakeException e) {
            // Recorded as the job's last outcome; the next poll tries again.
            throw new JobExecutionException(e.getMessage(), e, false);
        }
    }
}
