package vn.officialmail.gateway.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.message.BlobStore;

/**
 * Destruction of a dossier whose retention has expired (hủy hồ sơ hết giá trị), in three recorded
 * steps: a proposal, the approval by another user with the decision's number and date, then the
 * destruction. The dossier is then marked destroyed and its disposal record kept; the blobs of its
 * documents that nothing else needs are deleted (see {@link DisposalBlobs}); register entries,
 * their numbers and the hash chain stay as they are. A dossier on legal hold takes none of these
 * steps. Every step is audited.
 */
@Service
public final class Disposals {

    private static final Logger LOG = LoggerFactory.getLogger(Disposals.class);

    /** Where the proceedings stand. */
    public enum State {
        PROPOSED,
        APPROVED,
        REJECTED,
        DESTROYED
    }

    /**
     * The disposal record of a dossier.
     *
     * @param decisionNumber số quyết định hủy, e.g. {@code 15/QĐ-BTP}
     * @param decisionDate its date
     * @param blobsDeleted originals and attachments deleted with the dossier
     * @param blobsKept those kept because something else still names them
     */
    public record Disposal(
            String code,
            State state,
            Instant proposedAt,
            String proposedBy,
            String proposalReason,
            Optional<Instant> decidedAt,
            Optional<String> decidedBy,
            Optional<String> decisionNumber,
            Optional<LocalDate> decisionDate,
            Optional<String> decisionNote,
            Optional<Instant> destroyedAt,
            Optional<String> destroyedBy,
            Optional<Integer> documents,
            Optional<Integer> blobsDeleted,
            Optional<Integer> blobsKept) {}

    private final JdbcClient jdbc;
    private final Retention retention;
    private final DisposalBlobs blobsOf;
    private final BlobStore blobs;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final DestroyedMessages destroyedMessages;
    private final ApplicationEventPublisher events;

    public Disposals(
            JdbcClient jdbc,
            Retention retention,
            DisposalBlobs blobsOf,
            BlobStore blobs,
            AuditLog audit,
            TransactionTemplate transactions,
            DestroyedMessages destroyedMessages,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.blobsOf = blobsOf;
        this.blobs = blobs;
        this.audit = audit;
        this.transactions = transactions;
        this.destroyedMessages = destroyedMessages;
        this.events = events;
    }

    /** A dossier's disposal record, if its destruction was ever proposed. */
    public Optional<Disposal> find(String code) {
        return jdbc.sql(SELECT + " where d.code = ?")
                .param(code)
                .query(Disposals::map)
                .optional();
    }

    /** Proposes destroying a closed dossier whose retention has expired. */
    public Disposal propose(String code, String reason, String user) {
        return transactions.execute(status -> {
            long id = retention.lock(code);
            String why = Retention.reason(reason);
            RetentionSchedule schedule = retention.schedule(code).orElseThrow();
            notHeld(schedule);
            if (schedule.state() != Dossiers.State.CLOSED) {
                throw conflict(
                        schedule.state() == Dossiers.State.OPEN
                                ? "Hồ sơ " + code + " chưa đóng / dossier " + code + " is still open"
                                : "Hồ sơ " + code + " đã hủy / dossier " + code + " is destroyed");
            }
            LocalDate today = LocalDate.ofInstant(retention.instant(), Dossiers.VIETNAM);
            if (schedule.destroyableFrom().isEmpty()) {
                throw conflict("Hồ sơ " + code + " bảo quản " + schedule.retention() + ", không được hủy / dossier "
                        + code + " is kept '" + schedule.retention() + "' and is never destroyed");
            }
            if (today.isBefore(schedule.destroyableFrom().get())) {
                throw conflict("Hồ sơ " + code + " chưa hết thời hạn bảo quản (được hủy từ "
                        + schedule.destroyableFrom().get() + ") / the retention of dossier " + code
                        + " runs until " + schedule.destroyableFrom().get().minusDays(1));
            }
            Optional<State> current = stateOf(id);
            if (current.isPresent() && current.get() != State.REJECTED) {
                throw conflict("Đã đề nghị hủy hồ sơ " + code + " / the destruction of dossier " + code + " is already "
                        + current.get().name().toLowerCase(java.util.Locale.ROOT));
            }
            OffsetDateTime now = utc(retention.instant());
            if (current.isPresent()) {
                jdbc.sql("update dossier_disposal set state = ?, proposed_at = ?, proposed_by = ?, proposal_reason = ?,"
                                + " decided_at = null, decided_by = null, decision_number = null, decision_date = null,"
                                + " decision_note = null where dossier_id = ?")
                        .params(State.PROPOSED.name(), now, by(user), why, id)
                        .update();
            } else {
                jdbc.sql("insert into dossier_disposal (dossier_id, state, proposed_at, proposed_by, proposal_reason)"
                                + " values (?, ?, ?, ?, ?)")
                        .params(id, State.PROPOSED.name(), now, by(user), why)
                        .update();
            }
            audit.record(user, "dossier-destruction-proposed", "dossier", code, Map.of("reason", why));
            return find(code).orElseThrow();
        });
    }

    /**
     * Approves a proposal with the decision that orders the destruction; the approver must not be
     * the proposer (the route admits only the roles that may approve).
     */
    public Disposal approve(String code, String decisionNumber, LocalDate decisionDate, String note, String user) {
        return transactions.execute(status -> {
            long id = retention.lock(code);
            RetentionSchedule schedule = retention.schedule(code).orElseThrow();
            notHeld(schedule);
            if (decisionNumber == null
                    || decisionNumber.isBlank()
                    || decisionNumber.strip().length() > 64) {
                throw new RetentionRefused(
                        RetentionRefused.Why.BAD_INPUT,
                        "Cần số quyết định hủy (tối đa 64 ký tự) / the decision number is required (at most 64"
                                + " characters)");
            }
            LocalDate today = LocalDate.ofInstant(retention.instant(), Dossiers.VIETNAM);
            if (decisionDate == null || decisionDate.isAfter(today)) {
                throw new RetentionRefused(
                        RetentionRefused.Why.BAD_INPUT,
                        "Cần ngày quyết định, không sau hôm nay / the decision date is required and not in the future");
            }
            String noteText = note == null || note.isBlank() ? null : Retention.reason(note);
            Disposal disposal = pending(code, id, State.PROPOSED);
            if (disposal.proposedBy().equalsIgnoreCase(user)) {
                throw new RetentionRefused(
                        RetentionRefused.Why.SAME_USER,
                        "Người đề nghị hủy không được tự phê duyệt / the proposer (" + disposal.proposedBy()
                                + ") cannot approve the destruction: another user must");
            }
            String number = java.text.Normalizer.normalize(decisionNumber.strip(), java.text.Normalizer.Form.NFC);
            jdbc.sql("update dossier_disposal set state = ?, decided_at = ?, decided_by = ?, decision_number = ?,"
                            + " decision_date = ?, decision_note = ? where dossier_id = ?")
                    .params(
                            State.APPROVED.name(),
                            utc(retention.instant()),
                            by(user),
                            number,
                            decisionDate,
                            noteText,
                            id)
                    .update();
            audit.record(
                    user,
                    "dossier-destruction-approved",
                    "dossier",
                    code,
                    Map.of("decision", number, "decisionDate", decisionDate.toString()));
            return find(code).orElseThrow();
        });
    }

    /** Turns a proposal (or an approval not yet carried out) down. */
    public Disposal reject(String code, String reason, String user) {
        return transactions.execute(status -> {
            long id = retention.lock(code);
            String why = Retention.reason(reason);
            Disposal disposal = find(code)
                    .orElseThrow(() ->
                            conflict("Không có đề nghị hủy hồ sơ " + code + " / nothing proposed for dossier " + code));
            if (disposal.state() != State.PROPOSED && disposal.state() != State.APPROVED) {
                throw conflict("Không có đề nghị hủy đang chờ / no pending destruction of dossier " + code);
            }
            jdbc.sql("update dossier_disposal set state = ?, decided_at = ?, decided_by = ?, decision_note = ?"
                            + " where dossier_id = ?")
                    .params(State.REJECTED.name(), utc(retention.instant()), by(user), why, id)
                    .update();
            audit.record(user, "dossier-destruction-rejected", "dossier", code, Map.of("reason", why));
            return find(code).orElseThrow();
        });
    }

    /**
     * Destroys an approved dossier: marked destroyed with its record kept, then the blobs nothing
     * else names are deleted and the messages it destroyed leave search ({@link MessagesDestroyed}).
     * Run again on a destroyed dossier it finishes deletions a crash cut short.
     */
    public Disposal destroy(String code, String user) {
        Instant started = retention.instant();
        // Blob file times are the system's: the guard against a blob stored again compares with them.
        Instant startedOnDisk = Instant.now();
        boolean already = transactions.execute(status -> {
            long id = retention.lock(code);
            RetentionSchedule schedule = retention.schedule(code).orElseThrow();
            if (schedule.state() == Dossiers.State.DESTROYED) {
                return true;
            }
            notHeld(schedule);
            pending(code, id, State.APPROVED);
            long documents = jdbc.sql("select count(*) from dossier_document where dossier_id = ?")
                    .param(id)
                    .query(Long.class)
                    .single();
            jdbc.sql("update dossier set state = ? where id = ?")
                    .params(Dossiers.State.DESTROYED.name(), id)
                    .update();
            DisposalBlobs.Split split = blobsOf.of(id);
            OffsetDateTime now = utc(started);
            for (String sha : split.delete()) {
                jdbc.sql("insert into destroyed_blob (dossier_id, sha256, destroyed_at) values (?, ?, ?)")
                        .params(id, sha, now)
                        .update();
            }
            jdbc.sql("update dossier_disposal set state = ?, destroyed_at = ?, destroyed_by = ?, documents = ?,"
                            + " blobs_deleted = ?, blobs_kept = ? where dossier_id = ?")
                    .params(
                            State.DESTROYED.name(),
                            now,
                            by(user),
                            (int) documents,
                            split.delete().size(),
                            split.keep().size(),
                            id)
                    .update();
            Disposal disposal = find(code).orElseThrow();
            audit.record(
                    user,
                    "dossier-destroyed",
                    "dossier",
                    code,
                    Map.of(
                            "decision", disposal.decisionNumber().orElse(""),
                            "documents", Long.toString(documents),
                            "blobsDeleted", Integer.toString(split.delete().size()),
                            "blobsKept", Integer.toString(split.keep().size())));
            return false;
        });
        deletePending(code, already ? Optional.empty() : Optional.of(startedOnDisk));
        events.publishEvent(new MessagesDestroyed(destroyedMessages.ofDossier(code)));
        if (already) {
            LOG.info("Dossier {} was destroyed before: pending blob deletions finished", code);
        }
        return find(code).orElseThrow();
    }

    /** Deletes the files of the destroyed dossier's blobs, after the destruction committed. */
    private void deletePending(String code, Optional<Instant> since) {
        List<DestroyedBlob> pending = jdbc.sql("select b.dossier_id, b.sha256, b.destroyed_at from destroyed_blob b"
                        + " join dossier d on d.id = b.dossier_id where d.code = ? and b.deleted_at is null")
                .param(code)
                .query((rs, row) -> new DestroyedBlob(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
        for (DestroyedBlob blob : pending) {
            transactions.executeWithoutResult(status -> {
                boolean gone;
                try {
                    // Something registered since may name the same content again: then it stays.
                    gone = !blobsOf.referenced(blob.sha256())
                            && blobs.deleteIfUntouchedSince(blob.sha256(), since.orElse(blob.destroyedAt()));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot delete blob " + blob.sha256(), e);
                }
                if (gone) {
                    jdbc.sql("update destroyed_blob set deleted_at = ? where dossier_id = ? and sha256 = ?")
                            .params(utc(retention.instant()), blob.dossierId(), blob.sha256())
                            .update();
                } else {
                    jdbc.sql("delete from destroyed_blob where dossier_id = ? and sha256 = ?")
                            .params(blob.dossierId(), blob.sha256())
                            .update();
                    jdbc.sql("update dossier_disposal set blobs_deleted = blobs_deleted - 1,"
                                    + " blobs_kept = blobs_kept + 1 where dossier_id = ?")
                            .param(blob.dossierId())
                            .update();
                }
            });
        }
    }

    private record DestroyedBlob(long dossierId, String sha256, Instant destroyedAt) {}

    private Disposal pending(String code, long id, State wanted) {
        Optional<State> state = stateOf(id);
        if (state.isEmpty() || state.get() != wanted) {
            throw conflict(
                    wanted == State.PROPOSED
                            ? "Không có đề nghị hủy hồ sơ " + code
                                    + " đang chờ duyệt / no proposal to approve for dossier " + code
                            : "Việc hủy hồ sơ " + code + " chưa được phê duyệt / the destruction of dossier " + code
                                    + " is not approved");
        }
        return find(code).orElseThrow();
    }

    private Optional<State> stateOf(long dossierId) {
        return jdbc.sql("select state from dossier_disposal where dossier_id = ?")
                .param(dossierId)
                .query(String.class)
                .optional()
                .map(State::valueOf);
    }

    private static void notHeld(RetentionSchedule schedule) {
        if (schedule.hold().isPresent()) {
            throw conflict("Hồ sơ " + schedule.code() + " đang bị tạm dừng hủy ("
                    + schedule.hold().get().reason() + ") / dossier " + schedule.code() + " is on legal hold");
        }
    }

    private static RetentionRefused conflict(String message) {
        return new RetentionRefused(RetentionRefused.Why.CONFLICT, message);
    }

    private static String by(String user) {
        return StringUtils.truncate(user, 255);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static final String SELECT = "select d.code, p.state, p.proposed_at, p.proposed_by, p.proposal_reason,"
            + " p.decided_at, p.decided_by, p.decision_number, p.decision_date, p.decision_note, p.destroyed_at,"
            + " p.destroyed_by, p.documents, p.blobs_deleted, p.blobs_kept"
            + " from dossier_disposal p join dossier d on d.id = p.dossier_id";

    private static Disposal map(ResultSet rs, int row) throws SQLException {
        return new Disposal(
                rs.getString(1),
                State.valueOf(rs.getString(2)),
                rs.getObject(3, OffsetDateTime.class).toInstant(),
                rs.getString(4),
                rs.getString(5),
                Optional.ofNullable(rs.getObject(6, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                Optional.ofNullable(rs.getString(7)),
                Optional.ofNullable(rs.getString(8)),
                Optional.ofNullable(rs.getObject(9, LocalDate.class)),
                Optional.ofNullable(rs.getString(10)),
                Optional.ofNullable(rs.getObject(11, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                Optional.ofNullable(rs.getString(12)),
                Optional.ofNullable((Integer) rs.getObject(13, Integer.class)),
                Optional.ofNullable((Integer) rs.getObject(14, Integer.class)),
                Optional.ofNullable((Integer) rs.getObject(15, Integer.class)));
    }
}
