package vn.officialmail.gateway.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/jobs}: every scheduled job with its next run, last run and last outcome. */
@RestController
@RequestMapping("/api/jobs")
class JobsController {

    private final Scheduler scheduler;
    private final JobRuns runs;

    JobsController(ScheduledJobs jobs, JobRuns runs) {
        this.scheduler = jobs.scheduler();
        this.runs = runs;
    }

    record JobView(
            String group,
            String name,
            String description,
            Optional<Instant> nextRun,
            Optional<Instant> lastRun,
            Optional<Instant> lastFinished,
            Optional<String> lastOutcome,
            Optional<String> lastDetail) {}

    @GetMapping
    List<JobView> list() throws SchedulerException {
        List<JobView> views = new ArrayList<>();
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.anyJobGroup())) {
            String description = Optional.ofNullable(scheduler.getJobDetail(key))
                    .map(d -> d.getDescription() == null ? "" : d.getDescription())
                    .orElse("");
            List<? extends Trigger> triggers = scheduler.getTriggersOfJob(key);
            Optional<Instant> next = triggers.stream()
                    .map(Trigger::getNextFireTime)
                    .filter(java.util.Objects::nonNull)
                    .min(Comparator.naturalOrder())
                    .map(Date::toInstant);
            Optional<JobRuns.LastRun> last = runs.last(key);
            views.add(new JobView(
                    key.getGroup(),
                    key.getName(),
                    description,
                    next,
                    last.map(JobRuns.LastRun::startedAt),
                    last.flatMap(JobRuns.LastRun::finishedAt),
                    last.map(JobRuns.LastRun::outcome),
                    last.flatMap(JobRuns.LastRun::detail)));
        }
        views.sort(Comparator.comparing(JobView::group).thenComparing(JobView::name));
        return views;
    }
}
