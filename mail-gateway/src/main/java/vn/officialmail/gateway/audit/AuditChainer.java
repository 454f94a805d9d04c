package vn.officialmail.gateway.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed audit events into the hash chain, in the order they are found committed.
 * Chaining after commit (instead of inside each decision's transaction) keeps concurrent
 * workers from queueing on the chain head; the head row lock still serialises chainers across
 * gateway nodes sharing one database. After each batch the head is exported outside the
 * database, so rewriting history in SQL, even with every later hash recomputed, is detected.
 */
@Component
public final class AuditChainer {

    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);
    private static final int BATCH = 2000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final AuditHeadExport export;

    public AuditChainer(
            JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transactions, AuditHeadExport export) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.transactions = transactions;
        this.export = export;
    }

    private record Unchained(
            long id,
            OffsetDateTime occurredAt,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String details) {}

    /** Chains everything committed so far; returns how many events were chained. */
    @Scheduled(fixedDelayString = "${gateway.audit.chain-interval:200}")
    public int chainPending() {
        int total = 0;
        int chained;
        do {
            chained = transactions.execute(status -> chainBatch());
            total += chained;
        } while (chained == BATCH);
        if (total > 0) {
            exportHead();
        }
        return total;
    }

    private int chainBatch() {
        AuditHead head = jdbc.sql("select chain_seq, hash from audit_chain_head where id = 1 for update")
                .query((rs, row) -> new AuditHead(rs.getLong(1), rs.getString(2)))
                .single();
        List<Unchained> pending = jdbc.sql("select id, occurred_at, actor, action, subject_type, subject_id, details"
                        + " from audit_event where chain_seq is null order by id fetch first " + BATCH + " rows only")
                .query((rs, row) -> new Unchained(
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
        long seq = head.chainSeq();
        String hash = head.hash();
        List<Object[]> links = new ArrayList<>(pending.size());
        for (Unchained event : pending) {
            seq++;
            String next = AuditHash.of(
                    hash,
                    seq,
                    event.occurredAt(),
                    event.actor(),
                    event.action(),
                    event.subjectType(),
                    event.subjectId(),
                    event.details());
            links.add(new Object[] {seq, hash, next, event.id()});
            hash = next;
        }
        if (!pending.isEmpty()) {
            // One JDBC batch: the chainer then costs the database one round trip, not one per event.
            batches.batchUpdate("update audit_event set chain_seq = ?, prev_hash = ?, hash = ? where id = ?", links);
            jdbc.sql("update audit_chain_head set chain_seq = ?, hash = ? where id = 1")
                    .params(seq, hash)
                    .update();
        }
        return pending.size();
    }

    private void exportHead() {
        AuditHead head = jdbc.sql("select chain_seq, hash from audit_chain_head where id = 1")
                .query((rs, row) -> new AuditHead(rs.getLong(1), rs.getString(2)))
                .single();
        try {
            export.write(head);
        } catch (IOException e) {
            log.error("Cannot export the audit chain head {}", head, e);
            throw new UncheckedIOException(e);
        }
    }
}
