package vn.officialmail.gateway.reports;

import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.scheduling.ScheduledJobs;

/**
 * Puts the monthly report job on the gateway's schedule at startup (07:00 on the 1st in the
 * agency's time zone unless {@code gateway.reports.monthly-cron} says otherwise), or takes it off
 * when no recipients are configured.
 */
@Component
final class MonthlyReportSchedule {

    static final String GROUP = "reports";
    static final String NAME = "monthly-report";

    private final ScheduledJobs jobs;
    private final GatewaySettings settings;

    MonthlyReportSchedule(ScheduledJobs jobs, GatewaySettings settings) {
        this.jobs = jobs;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (settings.reports().recipients().isEmpty()) {
            jobs.remove(GROUP, NAME);
            return;
        }
        jobs.cron(
                GROUP,
                NAME,
                "Gửi báo cáo tháng cho lãnh đạo / monthly report to the leadership",
                MonthlyReportJob.class,
                Map.of(),
                settings.reports().monthlyCron(),
                settings.calendar().zone());
    }
}
