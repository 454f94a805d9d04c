package vn.officialmail.gateway.reports;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The monthly report job (group {@code reports}): mails last month's report once. */
@DisallowConcurrentExecution
public final class MonthlyReportJob implements Job {

    private final MonthlyReportMailing mailing;

    public MonthlyReportJob(MonthlyReportMailing mailing) {
        this.mailing = mailing;
    }

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult(
                mailing.sendDue().map(m -> "report of " + m + " queued").orElse("nothing to send"));
    }
}
