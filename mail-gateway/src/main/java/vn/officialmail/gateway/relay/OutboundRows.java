package vn.officialmail.gateway.relay;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The deliverers' side of {@code outbound_delivery}: find due rows, claim one, record the outcome.
 *
 * <p>A row is claimed by a conditional update ({@code where state = 'PENDING'}): of two deliverers,
 * on this node or another, only the one whose update counts a row sends it. The same SQL runs on
 * H2 and PostgreSQL. While a row is {@code SENDING}, {@code next_attempt_at} holds the end of the
 * claim's lease.
 */
final class OutboundRows {

    private static final int MAX_ERROR = 4000;

    private final JdbcClient jdbc;

    OutboundRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A due row: its id and how many recipients it had when read. */
    record Due(long id, int recipients) {}

    /** Pending rows whose next attempt is due, most overdue first. */
    List<Due> due(Instant now, int limit) {
        return jdbc.sql("select id, recipients from outbound_delivery where state = 'PENDING' and next_attempt_at <= ?"
                        + " order by next_attempt_at, id fetch first " + limit + " rows only")
                .param(utc(now))
                .query((rs, row) -> new Due(rs.getLong(1), rs.getString(2).split("\n").length))
                .list();
    }

    /** Claims a due row for this node until {@code leaseUntil}; empty if another deliverer was first. */
    Optional<OutboundRow> claim(long id, String node, Instant now, Instant leaseUntil) {
        int claimed = jdbc.sql("update outbound_delivery set state = 'SENDING', claimed_by = ?, next_attempt_at = ?"
                        + " where id = ? and state = 'PENDING' and next_attempt_at <= ?")
                .params(node, utc(leaseUntil), id, utc(now))
                .update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select d.id, coalesce(d.blob_sha256, m.raw_sha256), d.mail_from, d.recipients, d.attempts,"
                        + " d.accepted_count, coalesce(m.received_at, d.created_at)"
                        + " from outbound_delivery d left join message_record m on m.id = d.message_record_id"
                        + " where d.id = ?")
                .param(id)
                .query((rs, row) -> new OutboundRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Arrays.asList(rs.getString(4).split("\n")),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getObject(7, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Ends a row: {@code DELIVERED} or {@code FAILED}. */
    void finish(long id, String state, int attempts, int acceptedCount, Instant now, Optional<String> lastError) {
        jdbc.sql("update outbound_delivery set state = ?, attempts = ?, accepted_count = ?, finished_at = ?,"
                        + " last_error = ?, claimed_by = null where id = ?")
                .params(
                        state,
                        attempts,
                        acceptedCount,
                        utc(now),
                        lastError.map(OutboundRows::cut).orElse(null),
                        id)
                .update();
    }

    /** Puts a row back to wait for its next attempt, for the recipients still to deliver to. */
    void retry(long id, List<String> recipients, int attempts, int acceptedCount, Instant next, String lastError) {
        jdbc.sql("update outbound_delivery set state = 'PENDING', recipients = ?, attempts = ?, accepted_count = ?,"
                        + " next_attempt_at = ?, last_error = ?, claimed_by = null where id = ?")
                .params(String.join("\n", recipients), attempts, acceptedCount, utc(next), cut(lastError), id)
                .update();
    }

    /**
     * Takes back this node's rows left {@code SENDING} by a crash or a stop that could not wait. The
     * next hop may have accepted them already: they are sent again (at least once, never lost).
     */
    int requeueOwn(String node, Instant now) {
        return jdbc.sql("update outbound_delivery set state = 'PENDING', next_attempt_at = ?, claimed_by = null"
                        + " where state = 'SENDING' and claimed_by = ?")
                .params(utc(now), node)
                .update();
    }

    /** Takes back rows whose lease ran out: their node died or hangs (sent again, as above). */
    int requeueExpired(Instant now) {
        return jdbc.sql("update outbound_delivery set state = 'PENDING', claimed_by = null"
                        + " where state = 'SENDING' and next_attempt_at < ?")
                .param(utc(now))
                .update();
    }

    private static String cut(String error) {
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
