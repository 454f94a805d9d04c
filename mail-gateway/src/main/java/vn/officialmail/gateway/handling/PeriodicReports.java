package vn.officialmail.gateway.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.classifier.normalize.Folding;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.calendar.WorkingCalendar;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.relay.OwnMessages;

/**
 * Periodic reports (báo cáo định kỳ) the agency expects from its units ({@code
 * gateway.handling.reports}): an incoming report (type Báo cáo, from a mailbox of an expected unit,
 * its period read from the text) is matched to its expectation and period; the table shows per
 * unit received, late, missing or not yet due; units that are late are reminded once a day.
 */
@Service
public final class PeriodicReports {

    /** Where a unit's report for a period stands. */
    public enum State {
        RECEIVED,
        LATE,
        MISSING,
        PENDING
    }

    /**
     * One unit's line of the table.
     *
     * @param unit the unit's code
     * @param unitName its name
     * @param state where its report stands
     * @param receivedAt when the report came
     * @param messageRecordId the report's message
     * @param remindedOn the day of the last reminder
     */
    public record Line(
            String unit,
            String unitName,
            State state,
            Optional<Instant> receivedAt,
            Optional<Long> messageRecordId,
            Optional<LocalDate> remindedOn) {}

    /**
     * The table of one report and period.
     *
     * @param code the report's code
     * @param name its name
     * @param period the period key
     * @param due the last day on time
     * @param lines one per expected unit
     */
    public record Table(String code, String name, String period, LocalDate due, List<Line> lines) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Directory directory;
    private final OwnMessages messages;
    private final AuditLog audit;
    private final WorkingCalendar calendar;
    private final List<HandlingSettings.ReportExpectation> expectations;

    public PeriodicReports(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Directory directory,
            OwnMessages messages,
            AuditLog audit,
            WorkingCalendar calendar,
            GatewaySettings settings) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.directory = directory;
        this.messages = messages;
        this.audit = audit;
        this.calendar = calendar;
        this.expectations = settings.handling().reports();
    }

    /** The configured reports. */
    public List<HandlingSettings.ReportExpectation> expectations() {
        return expectations;
    }

    /**
     * Records a report from {@code sender}, received at {@code receivedAt}, if it is one expected.
     *
     * @param texts subject first, then the body and attachments: the first that names a period decides
     * @return the codes of the reports it was counted as
     */
    public List<String> record(String sender, List<String> texts, Instant receivedAt, long messageRecordId) {
        Optional<String> unit = directory.unitOfMailbox(sender).map(Unit::code);
        if (unit.isEmpty()) {
            return List.of();
        }
        LocalDate receivedOn = receivedAt.atZone(calendar.zone()).toLocalDate();
        String all = Folding.fold(String.join("\n", texts));
        List<String> counted = new ArrayList<>();
        for (HandlingSettings.ReportExpectation expected : expectations) {
            if (!expected.units().contains(unit.get())
                    || !expected.keywords().stream().map(Folding::fold).allMatch(all::contains)) {
                continue;
            }
            Optional<String> period = texts.stream()
                    .map(text -> expected.period().periodOf(text, receivedOn))
                    .flatMap(Optional::stream)
                    .findFirst();
            if (period.isEmpty()) {
                continue;
            }
            int stored = jdbc.sql(
                            "update periodic_report set message_record_id = ?, received_at = ?"
                                    + " where report_code = ? and unit_code = ? and period_key = ? and message_record_id is null")
                    .params(
                            messageRecordId,
                            OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC),
                            expected.code(),
                            unit.get(),
                            period.get())
                    .update();
            boolean exists = stored > 0
                    || jdbc.sql("select count(*) from periodic_report where report_code = ?"
                                            + " and unit_code = ? and period_key = ?")
                                    .params(expected.code(), unit.get(), period.get())
                                    .query(Long.class)
                                    .single()
                            > 0;
            if (!exists) {
                jdbc.sql("insert into periodic_report (report_code, unit_code, period_key, message_record_id,"
                                + " received_at) values (?, ?, ?, ?, ?)")
                        .params(
                                expected.code(),
                                unit.get(),
                                period.get(),
                                messageRecordId,
                                OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC))
                        .update();
                stored = 1;
            }
            if (stored > 0) {
                boolean late = receivedOn.isAfter(expected.period().dueDate(period.get(), expected.dueDay()));
                audit.record(
                        sender,
                        "periodic-report-received",
                        "periodic-report",
                        expected.code() + "/" + unit.get() + "/" + period.get(),
                        Map.of("message", Long.toString(messageRecordId), "late", Boolean.toString(late)));
                counted.add(expected.code());
            }
        }
        return counted;
    }

    /** The table of report {@code code} for {@code period}; empty when there is no such report. */
    public Optional<Table> table(String code, String period) {
        Optional<HandlingSettings.ReportExpectation> expected =
                expectations.stream().filter(e -> e.code().equals(code)).findFirst();
        if (expected.isEmpty() || !expected.get().period().isKey(period)) {
            return Optional.empty();
        }
        LocalDate due = expected.get().period().dueDate(period, expected.get().dueDay());
        LocalDate today = calendar.today();
        List<Line> lines = new ArrayList<>();
        for (String unit : expected.get().units()) {
            Optional<Row> row = jdbc.sql("select received_at, message_record_id, reminded_on from periodic_report"
                            + " where report_code = ? and unit_code = ? and period_key = ?")
                    .params(code, unit, period)
                    .query((rs, n) -> new Row(
                            rs.getObject(1, OffsetDateTime.class),
                            rs.getObject(2, Long.class),
                            rs.getObject(3, LocalDate.class)))
                    .optional();
            Optional<Instant> received = row.map(Row::receivedAt).map(OffsetDateTime::toInstant);
            State state = received.isPresent()
                    ? received.get().atZone(calendar.zone()).toLocalDate().isAfter(due) ? State.LATE : State.RECEIVED
                    : today.isAfter(due) ? State.MISSING : State.PENDING;
            lines.add(new Line(
                    unit,
                    directory.unit(unit).map(Unit::name).orElse(unit),
                    state,
                    received,
                    row.map(Row::messageRecordId),
                    row.map(Row::remindedOn)));
        }
        return Optional.of(new Table(code, expected.get().name(), period, due, lines));
    }

    private record Row(
            @Nullable OffsetDateTime receivedAt, @Nullable Long messageRecordId, @Nullable LocalDate remindedOn) {}

    /** Reminds, once a day, the units whose report for the last period is overdue; returns how many. */
    public int remindLate() {
        LocalDate today = calendar.today();
        if (!calendar.isWorkingDay(today)) {
            return 0;
        }
        int sent = 0;
        for (HandlingSettings.ReportExpectation expected : expectations) {
            String period = expected.period().previous(today);
            Table table = table(expected.code(), period).orElseThrow();
            for (Line line : table.lines()) {
                if (line.state() != State.MISSING
                        || line.remindedOn().filter(day -> !day.isBefore(today)).isPresent()) {
                    continue;
                }
                Optional<String> mailbox = directory.unit(line.unit()).flatMap(Unit::sharedMailbox);
                if (mailbox.isEmpty()) {
                    continue;
                }
                transactions.executeWithoutResult(status -> remind(expected, table, line, mailbox.get(), today));
                sent++;
            }
        }
        return sent;
    }

    private void remind(
            HandlingSettings.ReportExpectation expected, Table table, Line line, String mailbox, LocalDate today) {
        messages.sendForAnswer(
                new OwnMessages.Draft(
                        "reminder",
                        List.of(mailbox),
                        "Nhắc gửi " + expected.name() + " kỳ " + table.period() + " / Report overdue",
                        String.join(
                                "\r\n",
                                "Kính gửi: " + line.unitName() + ",",
                                "",
                                "Đến nay cổng thư điện tử chưa nhận được " + expected.name() + " kỳ " + table.period()
                                        + " của quý đơn vị (hạn " + Consultations.DAY.format(table.due()) + ").",
                                "Đề nghị quý đơn vị gửi báo cáo.",
                                "",
                                "-----",
                                "Your " + expected.code() + " report for " + table.period() + " was due " + table.due()
                                        + ".",
                                ""),
                        false,
                        Optional.empty()),
                List.of());
        int updated = jdbc.sql("update periodic_report set reminded_on = ? where report_code = ? and unit_code = ?"
                        + " and period_key = ?")
                .params(today, expected.code(), line.unit(), table.period())
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "insert into periodic_report (report_code, unit_code, period_key, reminded_on) values (?, ?, ?, ?)")
                    .params(expected.code(), line.unit(), table.period(), today)
                    .update();
        }
        audit.record(
                "gateway",
                "periodic-report-reminded",
                "periodic-report",
                expected.code() + "/" + line.unit() + "/" + table.period(),
                Map.of("to", mailbox));
    }
}
