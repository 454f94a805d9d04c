package vn.officialmail.gateway.registry;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a clerk decided about a message that search labels by: whether the review queue dismissed
 * it, and the type name a clerk gave it when registering it (the register is the agency's record of
 * what a document is, so it outranks the classifier's guess).
 */
@Service
public final class ClerkDecisions {

    /**
     * A message's clerk decisions.
     *
     * @param review where it stands in the review queue, if it was ever queued
     * @param registeredTypeName the type name of its register entry when a person (not the gateway)
     *     registered it
     */
    public record Decision(Optional<ReviewQueue.State> review, Optional<String> registeredTypeName) {

        /** Never queued, not registered by a person. */
        public static final Decision NONE = new Decision(Optional.empty(), Optional.empty());
    }

    private final JdbcClient jdbc;

    public ClerkDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One query: the index reads this for every message it (re)indexes. */
    public Decision of(long messageRecordId) {
        return jdbc.sql("select q.state, e.type_name, e.registered_by from message_record m"
                        + " left join register_review q on q.message_record_id = m.id"
                        + " left join register_entry e on e.message_record_id = m.id"
                        + " where m.id = ? order by e.id fetch first 1 rows only")
                .param(messageRecordId)
                .query((rs, row) -> {
                    Optional<ReviewQueue.State> review =
                            Optional.ofNullable(rs.getString(1)).map(ReviewQueue.State::valueOf);
                    String typeName = rs.getString(2);
                    String registeredBy = rs.getString(3);
                    boolean byPerson = registeredBy != null && !registeredBy.equals(IncomingRegister.GATEWAY);
                    return new Decision(
                            review, Optional.ofNullable(typeName).filter(name -> byPerson && !name.isBlank()));
                })
                .optional()
                .orElse(Decision.NONE);
    }
}
