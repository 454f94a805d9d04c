package vn.officialmail.gateway.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.scheduling.ScheduledJobs;

/**
 * The daily check of transfers falling due (job {@code dossiers.retention-notices}, at {@code
 * gateway.dossiers.retention-notice-cron}, 07:00 by default, in the agency's zone). The day is the
 * trigger's scheduled day, so a run caught up after a misfire checks the day it stood for.
 */
@DisallowConcurrentExecution
public final class RetentionNoticeJob implements Job {

    static final String GROUP = "dossiers";
    static final String NAME = "retention-notices";

    private final RetentionNotices notices;

    public RetentionNoticeJob(RetentionNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(JobExecutionContext context) {
        Instant slot = context.getScheduledFireTime() == null
                ? Instant.now()
                : context.getScheduledFireTime().toInstant();
        context.setResult(notices.send(LocalDate.ofInstant(slot, Dossiers.VIETNAM)));
    }

    /** Puts the job on the schedule at startup (replacing the previous one, so a changed time applies). */
    @Component
    static final class Schedule {

        private final ScheduledJobs jobs;
        private final GatewaySettings settings;

        Schedule(ScheduledJobs jobs, GatewaySettings settings) {
            this.jobs = jobs;
            this.settings = settings;
        }

        @EventListener(ApplicationReadyEvent.class)
        void schedule() {
            jobs.cron(
                    GROUP,
                    NAME,
                    "Thông báo hồ sơ đến hạn nộp lưu / notices of dossiers due at the agency archive",
                    RetentionNoticeJob.class,
                    Map.of(),
                    settings.dossiers().retentionNoticeCron(),
                    Dossiers.VIETNAM);
        }
    }
}
