package vn.officialmail.gateway.scheduling;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.stereotype.Service;

/**
 * Adds, replaces and removes the gateway's jobs. Jobs are durable rows in the database, so
 * scheduling the same job again (each node does at startup) replaces it instead of doubling it;
 * an unchanged daily time keeps its trigger, so a time missed while down still runs ({@link #cron}).
 * A later job (reminders, monthly report) is one call of {@link #cron}.
 */
@Service
public final class ScheduledJobs {

    private final Scheduler scheduler;

    ScheduledJobs(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Runs {@code type} every {@code interval}, first after {@code firstDelay}. */
    public void every(
            String group,
            String name,
            String description,
            Class<? extends Job> type,
            Map<String, String> data,
            Duration interval,
            Duration firstDelay) {
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(name, group)
                .startAt(Date.from(java.time.Instant.now().plus(firstDelay)))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(interval.toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        schedule(job(group, name, description, type, data), trigger);
    }

    /**
     * Runs {@code type} on a Quartz cron expression in a time zone (e.g. 08:00 Asia/Ho_Chi_Minh).
     *
     * <p>A job already scheduled on the same expression and zone keeps its trigger (only the job's
     * description and data are replaced): a new trigger would start from now and drop a time that
     * passed while the gateway was down, whereas the kept one misfires and runs once at start (a
     * reminder or a notice late rather than never).
     */
    public void cron(
            String group,
            String name,
            String description,
            Class<? extends Job> type,
            Map<String, String> data,
            String cronExpression,
            ZoneId zone) {
        JobDetail job = job(group, name, description, type, data);
        if (scheduledOn(triggerOf(job.getKey()), cronExpression, zone)) {
            try {
                scheduler.addJob(job, true);
            } catch (SchedulerException e) {
                throw new IllegalStateException("Cannot update job " + job.getKey(), e);
            }
            return;
        }
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(name, group)
                .withSchedule(CronScheduleBuilder.cronSchedule(cronExpression)
                        .inTimeZone(java.util.TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        schedule(job, trigger);
    }

    private boolean scheduledOn(TriggerKey key, String cronExpression, ZoneId zone) {
        try {
            return scheduler.getTrigger(key) instanceof CronTrigger existing
                    && existing.getCronExpression().equals(cronExpression)
                    && existing.getTimeZone().toZoneId().equals(zone);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot read trigger " + key, e);
        }
    }

    /** Removes a job and its trigger; nothing happens if there is none. */
    public void remove(String group, String name) {
        try {
            scheduler.deleteJob(JobKey.jobKey(name, group));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot remove job " + group + "." + name, e);
        }
    }

    /** The names of the jobs of a group. */
    public Set<String> names(String group) {
        try {
            return scheduler.getJobKeys(GroupMatcher.jobGroupEquals(group)).stream()
                    .map(JobKey::getName)
                    .collect(java.util.stream.Collectors.toSet());
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot list the jobs of group " + group, e);
        }
    }

    /** Runs a job now, besides its schedule. */
    public void runNow(String group, String name) {
        try {
            scheduler.triggerJob(JobKey.jobKey(name, group));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot start job " + group + "." + name, e);
        }
    }

    private static JobDetail job(
            String group, String name, String description, Class<? extends Job> type, Map<String, String> data) {
        JobBuilder builder = JobBuilder.newJob(type)
                .withIdentity(name, group)
                .withDescription(description)
                .storeDurably();
        data.forEach(builder::usingJobData);
        return builder.build();
    }

    private void schedule(JobDetail job, Trigger trigger) {
        try {
            scheduler.scheduleJob(job, Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot schedule job " + job.getKey(), e);
        }
    }

    Scheduler scheduler() {
        return scheduler;
    }

    static TriggerKey triggerOf(JobKey key) {
        return TriggerKey.triggerKey(key.getName(), key.getGroup());
    }
}
