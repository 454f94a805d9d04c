package vn.officialmail.gateway.search;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The label changes the search index may not hold durably yet, one row per decision in {@code
 * search_label_change}: written in the deciding transaction, so a change the database committed
 * is never forgotten, and removed once an index commit holds it.
 */
@Component
final class PendingLabelChanges {

    private final JdbcClient jdbc;
    private final Clock clock;

    PendingLabelChanges(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a change, in the caller's transaction. */
    void add(long messageId) {
        jdbc.sql("insert into search_label_change (message_record_id, changed_at) values (?, ?)")
                .params(messageId, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    /**
     * The newest row of a message, read before its labels are: the rows up to it are covered by a
     * relabel that reads the labels afterwards.
     *
     * @return the row id, 0 when none
     */
    long newestOf(long messageId) {
        return jdbc.sql("select coalesce(max(id), 0) from search_label_change where message_record_id = ?")
                .param(messageId)
                .query(Long.class)
                .single();
    }

    /** Forgets the rows of a message up to {@code newest}, once an index commit holds them. */
    void done(long messageId, long newest) {
        jdbc.sql("delete from search_label_change where message_record_id = ? and id <= ?")
                .params(messageId, newest)
                .update();
    }

    /** The messages with changes still pending, oldest change first. */
    List<Long> messages() {
        return jdbc.sql("select message_record_id from search_label_change group by message_record_id"
                        + " order by min(id)")
                .query(Long.class)
                .list();
    }
}
