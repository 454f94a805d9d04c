package vn.officialmail.gateway.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only audit log every decision is written to (REQUIREMENTS.md R7). An event is
 * inserted in the transaction of the decision it records, so the two commit or vanish together;
 * {@link AuditChainer} links committed events into the hash chain afterwards.
 */
@Service
public final class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records one event.
     *
     * @param actor who decided: {@code gateway} for the pipeline, a user name otherwise
     * @param action what was decided, e.g. {@code channel-verdict}, {@code registered}
     * @param subjectType what it is about, e.g. {@code message}
     * @param subjectId which one
     * @param details the facts of the decision (kept in key order)
     */
    public void record(String actor, String action, String subjectType, String subjectId, Map<String, String> details) {
        jdbc.sql("insert into audit_event (occurred_at, actor, action, subject_type, subject_id, details)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        actor,
                        action,
                        subjectType,
                        subjectId,
                        CanonicalJson.of(new TreeMap<>(details)))
                .update();
    }

    /** One recorded event, as a reader sees it. */
    public record Entry(java.time.Instant at, String actor, String action, String details) {}

    /** The events about one subject (e.g. a message), oldest first, at most {@code limit}. */
    public java.util.List<Entry> about(String subjectType, String subjectId, int limit) {
        return jdbc.sql("select occurred_at, actor, action, details from audit_event"
                        + " where subject_type = ? and subject_id = ? order by id fetch first " + limit + " rows only")
                .params(subjectType, subjectId)
                .query((rs, row) -> new Entry(
                        rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4)))
                .list();
    }
}
