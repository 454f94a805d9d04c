package vn.officialmail.gateway.handling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.calendar.WorkingCalendar;
import vn.officialmail.gateway.relay.OwnMessages;

/**
 * Reminds the units that have not commented on a draft, before its deadline: on each working day
 * from {@code gateway.handling.remind-before} working days before the deadline up to the deadline,
 * once a day, in the thread of the request so a reply still finds it. {@link HandlingReminderJob}
 * runs it every morning.
 */
@Service
public final class ConsultationReminders {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final OwnMessages messages;
    private final AuditLog audit;
    private final WorkingCalendar calendar;
    private final HandlingSettings settings;

    public ConsultationReminders(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            OwnMessages messages,
            AuditLog audit,
            WorkingCalendar calendar,
            GatewaySettings settings) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.messages = messages;
        this.audit = audit;
        this.calendar = calendar;
        this.settings = settings.handling();
    }

    private record Late(
            long consultation, String unit, String mailbox, String notice, String title, LocalDate deadline) {}

    /** Sends today's reminders; returns how many went out. Nothing on a day off. */
    public int remindLate() {
        return remindLate(Optional.empty());
    }

    /**
     * Sends today's reminders for the requests of {@code requestingUnit} (every request when empty);
     * returns how many went out. Nothing on a day off.
     */
    public int remindLate(Optional<String> requestingUnit) {
        LocalDate today = calendar.today();
        if (!calendar.isWorkingDay(today)) {
            return 0;
        }
        List<Object> params = new ArrayList<>(List.of(today, today));
        requestingUnit.ifPresent(params::add);
        List<Late> late = jdbc
                .sql("select c.id, u.unit_code, u.mailbox, u.notice_message_id, c.title, c.deadline"
                        + " from consultation c join consultation_unit u on u.consultation_id = c.id"
                        + " where c.deadline >= ? and u.answered_at is null"
                        + " and (u.reminded_on is null or u.reminded_on < ?)"
                        + (requestingUnit.isPresent() ? " and c.requesting_unit = ?" : "")
                        + " order by c.id, u.unit_code")
                .params(params)
                .query((rs, row) -> new Late(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class)))
                .list()
                .stream()
                .filter(l -> calendar.workingDaysBetween(today, l.deadline()) <= settings.remindBefore())
                .toList();
        for (Late one : late) {
            transactions.executeWithoutResult(status -> remind(one, today));
        }
        return late.size();
    }

    private void remind(Late late, LocalDate today) {
        String deadline = Consultations.DAY.format(late.deadline());
        messages.sendForAnswer(
                new OwnMessages.Draft(
                        "reminder",
                        List.of(late.mailbox()),
                        "Nhắc: " + Consultations.subject(late.consultation(), late.title(), late.deadline()),
                        String.join(
                                "\r\n",
                                "Kính gửi quý đơn vị,",
                                "",
                                "Đến nay quý đơn vị chưa gửi ý kiến góp ý dự thảo: " + late.title() + ".",
                                "Hạn góp ý: " + deadline + ". Xin trả lời thư đề nghị góp ý (hoặc thư này).",
                                "",
                                "-----",
                                "Reminder: your comments on the draft are due " + late.deadline() + ".",
                                ""),
                        false,
                        Optional.of(late.notice())),
                List.of());
        jdbc.sql("update consultation_unit set reminded_on = ? where consultation_id = ? and unit_code = ?")
                .params(today, late.consultation(), late.unit())
                .update();
        audit.record(
                "gateway",
                "consultation-reminded",
                "consultation",
                Long.toString(late.consultation()),
                Map.of("unit", late.unit(), "to", late.mailbox()));
    }
}
