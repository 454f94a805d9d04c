package vn.officialmail.gateway.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.relay.OwnMessages;

/**
 * The notice that a closed dossier is due at the agency archive: from {@code transfer-notice-days}
 * (30) before the due date, once per dossier, to the records officers and the dossier's owner (its
 * file-plan owner when that is an address or a unit of the directory, reached at the unit's
 * mailbox), in Vietnamese and English. The notice row and the queued mail are written in one
 * transaction, so a check run twice (or on two nodes) sends once; a dossier nobody can be told
 * about is left for a later run, after someone configures a records officer.
 */
@Service
public final class RetentionNotices {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionNotices.class);
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final Directory directory;
    private final OwnMessages messages;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DossierSettings settings;

    @Autowired
    RetentionNotices(
            JdbcClient jdbc,
            Directory directory,
            OwnMessages messages,
            AuditLog audit,
            TransactionTemplate transactions,
            Clock clock,
            GatewaySettings settings) {
        this(jdbc, directory, messages, audit, transactions, clock, settings.dossiers());
    }

    public RetentionNotices(
            JdbcClient jdbc,
            Directory directory,
            OwnMessages messages,
            AuditLog audit,
            TransactionTemplate transactions,
            Clock clock,
            DossierSettings settings) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.messages = messages;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
    }

    /** What one check did. */
    public record Run(int sent, int unaddressed) {
        @Override
        public String toString() {
            return sent + " thông báo nộp lưu / transfer notice(s) sent"
                    + (unaddressed == 0 ? "" : ", " + unaddressed + " without a recipient");
        }
    }

    private record Closed(
            long id, String code, String title, String retention, Optional<String> owner, LocalDate closedOn) {}

    /** Sends the notices due on {@code today} (the agency's date) that were not sent before. */
    public Run send(LocalDate today) {
        List<Closed> closed = jdbc.sql(
                        "select d.id, d.code, d.title, d.maintenance, d.creator, d.closed_at from dossier d"
                                + " where d.state = ? and not exists (select 1 from retention_notice n where n.dossier_id = d.id)"
                                + " order by d.code")
                .param(Dossiers.State.CLOSED.name())
                .query((rs, row) -> new Closed(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Optional.ofNullable(rs.getString(5)),
                        rs.getObject(6, OffsetDateTime.class)
                                .atZoneSameInstant(Dossiers.VIETNAM)
                                .toLocalDate()))
                .list();
        int sent = 0;
        int unaddressed = 0;
        for (Closed dossier : closed) {
            RetentionSchedule.Dates dates = RetentionSchedule.Dates.of(
                    RetentionPeriod.parse(dossier.retention()), Optional.of(dossier.closedOn()), settings);
            if (dates.noticeOn().isEmpty() || today.isBefore(dates.noticeOn().get())) {
                continue;
            }
            List<String> to = recipients(dossier);
            if (to.isEmpty()) {
                LOG.warn(
                        "Dossier {} is due at the archive on {} but nobody is configured to be told"
                                + " (gateway.dossiers.records-officers)",
                        dossier.code(),
                        dates.transferDue().get());
                unaddressed++;
                continue;
            }
            if (sendOne(dossier, dates.transferDue().get(), today, to)) {
                sent++;
            }
        }
        return new Run(sent, unaddressed);
    }

    private boolean sendOne(Closed dossier, LocalDate due, LocalDate today, List<String> to) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            try {
                jdbc.sql(
                                "insert into retention_notice (dossier_id, transfer_due, sent_at, recipients) values (?, ?, ?, ?)")
                        .params(
                                dossier.id(),
                                due,
                                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                                StringUtils.truncate(String.join(",", to), 4000))
                        .update();
            } catch (DuplicateKeyException e) {
                return false; // another node sent it
            }
            messages.send(new OwnMessages.Draft(
                    "retention", to, subject(dossier, due), text(dossier, due, today), false, Optional.empty()));
            audit.record(
                    "gateway",
                    "dossier-transfer-notice",
                    "dossier",
                    dossier.code(),
                    Map.of("due", due.toString(), "recipients", String.join(",", to)));
            return true;
        }));
    }

    private List<String> recipients(Closed dossier) {
        Set<String> to = new LinkedHashSet<>(settings.recordsOfficers());
        dossier.owner().map(String::strip).ifPresent(owner -> {
            if (owner.contains("@")) {
                to.add(owner.toLowerCase(Locale.ROOT));
            } else {
                directory
                        .unit(owner)
                        .flatMap(unit -> unit.sharedMailbox())
                        .ifPresent(mailbox -> to.add(mailbox.toLowerCase(Locale.ROOT)));
            }
        });
        return List.copyOf(to);
    }

    static String subject(Closed dossier, LocalDate due) {
        return "Hồ sơ " + dossier.code() + " đến hạn nộp lưu ngày " + VIETNAMESE_DATE.format(due) + " / Dossier "
                + dossier.code() + " is due at the agency archive on " + due;
    }

    static String text(Closed dossier, LocalDate due, LocalDate today) {
        boolean late = today.isAfter(due);
        return "Hồ sơ " + dossier.code() + " — " + dossier.title() + "\n"
                + "Thời hạn bảo quản: " + dossier.retention() + ". Đóng ngày "
                + VIETNAMESE_DATE.format(dossier.closedOn())
                + ".\n"
                + (late ? "Hồ sơ đã quá hạn nộp lưu (hạn " : "Hạn nộp lưu vào Lưu trữ cơ quan: ")
                + VIETNAMESE_DATE.format(due) + (late ? ")." : ".") + "\n"
                + "Đề nghị chuẩn bị và nộp lưu hồ sơ (gói SIP: GET /api/dossiers/" + dossier.code() + "/package).\n\n"
                + "Dossier " + dossier.code() + " — " + dossier.title() + "\n"
                + "Retention: " + dossier.retention() + ". Closed on " + dossier.closedOn() + ".\n"
                + (late ? "The transfer to the agency archive is overdue (due " : "Due at the agency archive by ")
                + due + (late ? ")." : ".") + "\n"
                + "Please prepare and transfer the dossier (SIP package: GET /api/dossiers/" + dossier.code()
                + "/package).\n\n"
                + "Thư tự động của cổng thư điện tử / automatic message from the mail gateway.\n";
    }
}
