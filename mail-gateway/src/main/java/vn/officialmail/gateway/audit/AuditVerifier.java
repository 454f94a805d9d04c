package vn.officialmail.gateway.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Recomputes the audit chain from the first event and reports any altered, deleted or inserted
 * event, and any disagreement with the head exported outside the database.
 */
@Service
public final class AuditVerifier {

    private static final int MAX_PROBLEMS = 100;

    private final JdbcClient jdbc;
    private final AuditHeadExport export;

    public AuditVerifier(JdbcClient jdbc, AuditHeadExport export) {
        this.jdbc = jdbc;
        this.export = export;
    }

    public AuditVerification verify() {
        AuditHead head = jdbc.sql("select chain_seq, hash from audit_chain_head where id = 1")
                .query((rs, row) -> new AuditHead(rs.getLong(1), rs.getString(2)))
                .single();
        Optional<AuditHeadExport.ExportedHead> export = readExport();
        Optional<AuditHead> exported = export.map(AuditHeadExport.ExportedHead::head);
        List<String> problems = new ArrayList<>();
        export.filter(e -> !e.signatureValid())
                .ifPresent(e -> add(
                        problems,
                        "the head exported outside the database has no valid signature: the file was edited"));
        long[] expectedSeq = {1};
        String[] previous = {AuditHash.GENESIS};
        long[] checked = {0};
        jdbc.sql("select chain_seq, prev_hash, hash, occurred_at, actor, action, subject_type, subject_id, details"
                        + " from audit_event where chain_seq is not null order by chain_seq")
                .query(rs -> {
                    long seq = rs.getLong(1);
                    String prevHash = rs.getString(2);
                    String hash = rs.getString(3);
                    if (seq != expectedSeq[0]) {
                        add(
                                problems,
                                "event " + expectedSeq[0] + " to " + (seq - 1) + " deleted (next is " + seq + ")");
                    }
                    if (!previous[0].equals(prevHash)) {
                        add(problems, "event " + seq + ": link to the previous event broken");
                    }
                    String recomputed = AuditHash.of(
                            prevHash,
                            seq,
                            rs.getObject(4, OffsetDateTime.class),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9));
                    if (!recomputed.equals(hash)) {
                        add(problems, "event " + seq + ": content altered (hash does not match)");
                    }
                    exported.filter(e -> e.chainSeq() == seq && !e.hash().equals(hash))
                            .ifPresent(e -> add(
                                    problems,
                                    "event " + seq + ": differs from the head exported outside the database;"
                                            + " history was rewritten"));
                    previous[0] = hash;
                    expectedSeq[0] = seq + 1;
                    checked[0]++;
                });
        if (checked[0] != head.chainSeq() || !previous[0].equals(head.hash())) {
            add(
                    problems,
                    "the chain head (" + head.chainSeq() + ") does not match the last event (" + checked[0] + ")");
        }
        exported.filter(e -> e.chainSeq() > head.chainSeq())
                .ifPresent(e -> add(
                        problems,
                        "events after " + head.chainSeq() + " up to the exported head " + e.chainSeq()
                                + " are missing"));
        return new AuditVerification(problems.isEmpty(), checked[0], head, problems);
    }

    private Optional<AuditHeadExport.ExportedHead> readExport() {
        try {
            return export.read();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the exported audit chain head", e);
        }
    }

    private static void add(List<String> problems, String problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
    }
}
