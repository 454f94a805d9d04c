package vn.officialmail.gateway.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.audit.AuditLog;

/**
 * The retention schedule of dossiers (see {@link RetentionSchedule} for how the dates follow from
 * the file plan) and legal holds: a hold is set and lifted with a reason, both audited, and while
 * it stands the dossier cannot be proposed, approved or destroyed.
 */
@Service
public final class Retention {

    static final int MAX_REASON = 1000;

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final AuditLog audit;
    private final Clock clock;
    private final DossierSettings settings;

    @Autowired
    Retention(JdbcClient jdbc, Dossiers dossiers, AuditLog audit, Clock clock, GatewaySettings settings) {
        this(jdbc, dossiers, audit, clock, settings.dossiers());
    }

    public Retention(JdbcClient jdbc, Dossiers dossiers, AuditLog audit, Clock clock, DossierSettings settings) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** A dossier's schedule; empty when the file plan has no such dossier. */
    public Optional<RetentionSchedule> schedule(String code) {
        if (dossiers.find(code).isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where d.code = ?")
                .param(code)
                .query(this::map)
                .optional();
    }

    /** The schedules of a year's dossiers. */
    public List<RetentionSchedule> schedules(int year) {
        dossiers.list(year);
        return jdbc.sql(SELECT + " where d.file_catalog = ? order by d.file_notation")
                .param(year)
                .query(this::map)
                .list();
    }

    /** Puts a legal hold on a dossier (audited); call it inside a transaction. */
    public void hold(String code, String reason, String user) {
        long id = lock(code);
        String why = reason(reason);
        String current = jdbc.sql("select hold_reason from dossier where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
        if (current != null) {
            throw new RetentionRefused(
                    RetentionRefused.Why.CONFLICT,
                    "Hồ sơ " + code + " đã bị tạm dừng hủy / dossier " + code + " is already on hold: " + current);
        }
        jdbc.sql("update dossier set hold_reason = ?, hold_by = ?, hold_at = ? where id = ?")
                .params(why, StringUtils.truncate(user, 255), now(), id)
                .update();
        audit.record(user, "dossier-hold-set", "dossier", code, Map.of("reason", why));
    }

    /** Lifts a dossier's legal hold (audited); call it inside a transaction. */
    public void lift(String code, String reason, String user) {
        long id = lock(code);
        String why = reason(reason);
        int changed = jdbc.sql("update dossier set hold_reason = null, hold_by = null, hold_at = null"
                        + " where id = ? and hold_reason is not null")
                .param(id)
                .update();
        if (changed == 0) {
            throw new RetentionRefused(
                    RetentionRefused.Why.CONFLICT,
                    "Hồ sơ " + code + " không bị tạm dừng hủy / dossier " + code + " is not on hold");
        }
        audit.record(user, "dossier-hold-lifted", "dossier", code, Map.of("reason", why));
    }

    /** Locks the dossier's row (orders holds, proposals and destruction) and returns its id. */
    long lock(String code) {
        if (dossiers.find(code).isEmpty()) {
            throw noSuchDossier(code);
        }
        return jdbc.sql("select id from dossier where code = ? for update")
                .param(code)
                .query(Long.class)
                .single();
    }

    DossierSettings settings() {
        return settings;
    }

    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RetentionRefused(RetentionRefused.Why.BAD_INPUT, "Cần nêu lý do / a reason is required");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new RetentionRefused(
                    RetentionRefused.Why.BAD_INPUT,
                    "Lý do dài quá " + MAX_REASON + " ký tự / the reason is longer than " + MAX_REASON + " characters");
        }
        return java.text.Normalizer.normalize(reason.strip(), java.text.Normalizer.Form.NFC);
    }

    static RetentionRefused noSuchDossier(String code) {
        String shown = StringUtils.truncate(code, 64);
        return new RetentionRefused(
                RetentionRefused.Why.NO_SUCH_DOSSIER,
                "Không có hồ sơ '" + shown + "' trong danh mục / no dossier '" + shown + "' in the file plan");
    }

    private static final String SELECT = "select d.code, d.state, d.maintenance, d.closed_at, d.hold_reason, d.hold_by,"
            + " d.hold_at, n.sent_at, p.state from dossier d left join retention_notice n on n.dossier_id = d.id"
            + " left join dossier_disposal p on p.dossier_id = d.id";

    private RetentionSchedule map(ResultSet rs, int row) throws SQLException {
        RetentionPeriod period = RetentionPeriod.parse(rs.getString(3));
        Optional<LocalDate> closedOn = Optional.ofNullable(rs.getObject(4, OffsetDateTime.class))
                .map(t -> t.atZoneSameInstant(Dossiers.VIETNAM).toLocalDate());
        RetentionSchedule.Dates dates = RetentionSchedule.Dates.of(period, closedOn, settings);
        Optional<RetentionSchedule.LegalHold> hold = Optional.ofNullable(rs.getString(5))
                .map(reason -> {
                    try {
                        return new RetentionSchedule.LegalHold(
                                reason,
                                rs.getString(6),
                                rs.getObject(7, OffsetDateTime.class).toInstant());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
        return new RetentionSchedule(
                rs.getString(1),
                Dossiers.State.valueOf(rs.getString(2)),
                period.text(),
                period.permanent(),
                period.years(),
                closedOn,
                dates.transferDue(),
                dates.noticeOn(),
                Optional.ofNullable(rs.getObject(8, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                dates.destroyableFrom(),
                hold,
                Optional.ofNullable(rs.getString(9)));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    Instant instant() {
        return clock.instant();
    }
}
