package vn.officialmail.gateway.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.impl.StdSchedulerFactory;

/**
 * A daily time that passed while the gateway was down runs once when it is back: scheduling the same
 * cron job again at start keeps the stored trigger, whose missed time then misfires and fires now.
 * A real Quartz scheduler (in memory), not started while "down".
 */
class ScheduledJobsMisfireTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static volatile CountDownLatch runs = new CountDownLatch(1);

    private Scheduler scheduler;
    private ScheduledJobs jobs;

    /** Counts its runs. */
    public static final class CountingJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            runs.countDown();
        }
    }

    @BeforeEach
    void scheduler() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "misfire-test-" + System.nanoTime());
        properties.setProperty("org.quartz.threadPool.threadCount", "1");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        properties.setProperty("org.quartz.jobStore.misfireThreshold", "500");
        scheduler = new StdSchedulerFactory(properties).getScheduler();
        jobs = new ScheduledJobs(scheduler);
        runs = new CountDownLatch(1);
    }

    @AfterEach
    void stop() throws Exception {
        scheduler.shutdown(false);
    }

    @Test
    void timeMissedWhileDownRunsOnceAtStartWhenTheSameTimeIsScheduledAgain() throws Exception {
        String cron = inTwoSeconds();
        jobs.cron("test", "daily", "first start", CountingJob.class, Map.of(), cron, HANOI);
        Thread.sleep(3_000); // the gateway is down when the time comes

        jobs.cron("test", "daily", "after restart", CountingJob.class, Map.of("k", "v"), cron, HANOI);
        scheduler.start();

        assertThat(runs.await(5, TimeUnit.SECONDS))
                .as("the missed time ran at start")
                .isTrue();
        assertThat(scheduler.getJobDetail(JobKey.jobKey("daily", "test")).getDescription())
                .as("the job itself is replaced")
                .isEqualTo("after restart");
    }

    @Test
    void anotherTimeReplacesTheTrigger() throws Exception {
        jobs.cron("test", "daily", "first", CountingJob.class, Map.of(), "0 0 8 * * ?", HANOI);
        jobs.cron("test", "daily", "second", CountingJob.class, Map.of(), "0 30 14 * * ?", HANOI);

        CronTrigger trigger =
                (CronTrigger) scheduler.getTrigger(ScheduledJobs.triggerOf(JobKey.jobKey("daily", "test")));
        assertThat(trigger.getCronExpression()).isEqualTo("0 30 14 * * ?");
        assertThat(trigger.getTimeZone().toZoneId()).isEqualTo(HANOI);
    }

    /** A cron expression for one second, two seconds from now, in Hanoi time. */
    private static String inTwoSeconds() {
        ZonedDateTime at = ZonedDateTime.now(HANOI).plusSeconds(2);
        return at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " * * ?";
    }
}
