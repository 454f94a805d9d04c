package vn.officialmail.gateway.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.jspecify.annotations.Nullable;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.listeners.JobListenerSupport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records the last run of every job (start, end, outcome, error) in {@code scheduled_job_run};
 * a Quartz job listener, so a new job is recorded without doing anything.
 */
@Component
final class JobRuns extends JobListenerSupport {

    /** The last run of a job. */
    record LastRun(Instant startedAt, Optional<Instant> finishedAt, String outcome, Optional<String> detail) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    JobRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String getName() {
        return "official-mail-job-runs";
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        write(context.getJobDetail().getKey(), "RUNNING", null, false);
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, @Nullable JobExecutionException failure) {
        String detail = failure == null
                ? (context.getResult() == null ? null : String.valueOf(context.getResult()))
                : failure.getMessage();
        write(context.getJobDetail().getKey(), failure == null ? "SUCCEEDED" : "FAILED", detail, true);
    }

    Optional<LastRun> last(JobKey key) {
        return jdbc.sql("select started_at, finished_at, outcome, detail from scheduled_job_run"
                        + " where job_group = ? and job_name = ?")
                .params(key.getGroup(), key.getName())
                .query(JobRuns::map)
                .optional();
    }

    private void write(JobKey key, String outcome, @Nullable String detail, boolean finished) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String text = detail == null ? null : StringUtils.truncate(detail, 4000);
        int updated = finished
                ? jdbc.sql("update scheduled_job_run set finished_at = ?, outcome = ?, detail = ?"
                                + " where job_group = ? and job_name = ?")
                        .params(now, outcome, text, key.getGroup(), key.getName())
                        .update()
                : jdbc.sql("update scheduled_job_run set started_at = ?, finished_at = null, outcome = ?, detail = null"
                                + " where job_group = ? and job_name = ?")
                        .params(now, outcome, key.getGroup(), key.getName())
                        .update();
        if (updated == 0) {
            jdbc.sql("insert into scheduled_job_run (job_group, job_name, started_at, finished_at, outcome, detail)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(key.getGroup(), key.getName(), now, finished ? now : null, outcome, text)
                    .update();
        }
    }

    private static LastRun map(ResultSet rs, int row) throws SQLException {
        return new LastRun(
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant),
                rs.getString("outcome"),
                Optional.ofNullable(rs.getString("detail")));
    }
}
