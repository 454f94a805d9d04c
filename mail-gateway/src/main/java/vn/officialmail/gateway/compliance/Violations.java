package vn.officialmail.gateway.compliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.officialmail.gateway.audit.AuditLog;

/** The violation records, written in the message's transaction and audited; read by the API. */
@Service
public final class Violations {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    public Violations(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Records each violation once (a replay of the message adds nothing) and audits it. */
    public void record(List<Violation> violations) {
        for (Violation v : violations) {
            boolean exists = jdbc.sql("select count(*) from violation where message_record_id = ? and kind = ?"
                                    + " and counterpart_address = ?")
                            .params(v.messageId(), v.kind().name(), StringUtils.truncate(v.counterpartAddress(), 512))
                            .query(Long.class)
                            .single()
                    > 0;
            if (exists) {
                continue;
            }
            jdbc.sql("insert into violation (message_record_id, kind, direction, sender, counterpart_address,"
                            + " counterpart_domain, document_type, action, unit_code, occurred_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            v.messageId(),
                            v.kind().name(),
                            v.direction(),
                            StringUtils.truncate(v.sender(), 512),
                            StringUtils.truncate(v.counterpartAddress(), 512),
                            StringUtils.truncate(v.counterpartDomain(), 255),
                            v.documentType().orElse(null),
                            v.action(),
                            v.unitCode().orElse(null),
                            OffsetDateTime.ofInstant(v.occurredAt(), ZoneOffset.UTC))
                    .update();
            audit.record(
                    "gateway",
                    "violation",
                    "message",
                    Long.toString(v.messageId()),
                    Map.of(
                            "kind", v.kind().name(),
                            "direction", v.direction(),
                            "counterpart", v.counterpartAddress(),
                            "action", v.action()));
        }
    }

    /** A filter over violations, newest first. */
    public record Query(
            Optional<Instant> from,
            Optional<Instant> to,
            Optional<String> direction,
            Optional<String> domain,
            Optional<String> kind,
            Optional<String> unit,
            Optional<String> documentType,
            int page,
            int size) {

        /** A filter without a document type. */
        public Query(
                Optional<Instant> from,
                Optional<Instant> to,
                Optional<String> direction,
                Optional<String> domain,
                Optional<String> kind,
                Optional<String> unit,
                int page,
                int size) {
            this(from, to, direction, domain, kind, unit, Optional.empty(), page, size);
        }

        public Query {
            if (page < 0 || size < 1 || size > 200) {
                throw new IllegalArgumentException("page must be 0 or more and size between 1 and 200");
            }
        }
    }

    public record Page(List<Violation> items, long total, int page, int size) {}

    public Page find(Query query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        query.from().ifPresent(v -> {
            where.append(" and occurred_at >= ?");
            params.add(OffsetDateTime.ofInstant(v, ZoneOffset.UTC));
        });
        query.to().ifPresent(v -> {
            where.append(" and occurred_at < ?");
            params.add(OffsetDateTime.ofInstant(v, ZoneOffset.UTC));
        });
        query.direction().ifPresent(v -> {
            where.append(" and direction = ?");
            params.add(v.toUpperCase(java.util.Locale.ROOT));
        });
        query.domain().ifPresent(v -> {
            where.append(" and counterpart_domain = ?");
            params.add(v.toLowerCase(java.util.Locale.ROOT));
        });
        query.kind().ifPresent(v -> {
            where.append(" and kind = ?");
            params.add(v.toUpperCase(java.util.Locale.ROOT));
        });
        query.unit().ifPresent(v -> {
            where.append(" and unit_code = ?");
            params.add(v);
        });
        query.documentType().ifPresent(v -> {
            where.append(" and document_type = ?");
            params.add(v);
        });
        long total = jdbc.sql("select count(*) from violation" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Violation> items = jdbc.sql("select message_record_id, kind, direction, sender, counterpart_address,"
                        + " counterpart_domain, document_type, action, unit_code, occurred_at from violation" + where
                        + " order by occurred_at desc, id desc offset " + (long) query.page() * query.size()
                        + " rows fetch next " + query.size() + " rows only")
                .params(params)
                .query(Violations::row)
                .list();
        return new Page(items, total, query.page(), query.size());
    }

    /** The violations of one message, in the order they were recorded. */
    public List<Violation> ofMessage(long messageId) {
        return jdbc.sql("select message_record_id, kind, direction, sender, counterpart_address, counterpart_domain,"
                        + " document_type, action, unit_code, occurred_at from violation where message_record_id = ?"
                        + " order by id")
                .param(messageId)
                .query(Violations::row)
                .list();
    }

    private static Violation row(ResultSet rs, int row) throws SQLException {
        return new Violation(
                rs.getLong(1),
                ViolationKind.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                Optional.ofNullable(rs.getString(7)),
                rs.getString(8),
                Optional.ofNullable(rs.getString(9)),
                rs.getObject(10, OffsetDateTime.class).toInstant());
    }
}
