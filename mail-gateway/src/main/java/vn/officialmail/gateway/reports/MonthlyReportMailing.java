package vn.officialmail.gateway.reports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.relay.OwnMessages;

/**
 * Mails last month's report to the leadership ({@code gateway.reports.recipients}) through the
 * gateway's own outgoing mail, with the report attached in the configured formats and the key
 * figures in the text. "Last month" is the month before the clock's, in the agency's time zone:
 * the job fires at 07:00 on the 1st in Hà Nội, which is still the last day of the month in UTC.
 * A month is mailed once: the row recording it commits with the queued message.
 */
@Service
public final class MonthlyReportMailing {

    private final MonthlyReports reports;
    private final ComplianceFigures figures;
    private final OwnMessages mail;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final ReportSettings settings;
    private final Clock clock;

    public MonthlyReportMailing(
            MonthlyReports reports,
            ComplianceFigures figures,
            OwnMessages mail,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            AuditLog audit,
            GatewaySettings settings,
            Clock clock) {
        this.reports = reports;
        this.figures = figures;
        this.mail = mail;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.settings = settings.reports();
        this.clock = clock;
    }

    /** Mails the report of the month before now, unless it was mailed already; the month mailed, if any. */
    public Optional<YearMonth> sendDue() {
        if (settings.recipients().isEmpty()) {
            return Optional.empty();
        }
        YearMonth month = figures.monthOf(clock.instant()).minusMonths(1);
        ReportTexts text = ReportTexts.of(settings.language());
        ReportScope scope = settings.scope();
        List<OwnMessages.Attachment> files = new ArrayList<>();
        for (ReportFormat format : settings.formats()) {
            files.add(new OwnMessages.Attachment(
                    "bao-cao-thang-" + month + "." + format.extension(),
                    format.mediaType(),
                    ReportFiles.render(reports.monthly(month, scope, text), format, "Bao cao " + month)));
        }
        Figures f = reports.figuresOf(month.minusMonths(1), month, scope);
        Tally now = f.monthTotal(month);
        Tally before = f.monthTotal(month.minusMonths(1));
        String label = month.format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy"));
        String body = text.get(
                "mail.body",
                label,
                text.number(now.messages()),
                text.number(now.official()),
                text.percent(now.officialShare()),
                text.number(now.violations()),
                text.number(before.violations()));
        Boolean sent = transactions.execute(status -> {
            boolean already = jdbc.sql("select count(*) from monthly_report_mailing where report_month = ?")
                            .param(month.toString())
                            .query(Long.class)
                            .single()
                    > 0;
            if (already) {
                return false;
            }
            try {
                jdbc.sql("insert into monthly_report_mailing (report_month, sent_at, recipients) values (?, ?, ?)")
                        .params(
                                month.toString(),
                                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                                String.join(", ", settings.recipients()))
                        .update();
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // Another node is mailing this month at the same moment: its row wins.
                status.setRollbackOnly();
                return false;
            }
            mail.send(
                    new OwnMessages.Draft(
                            "report",
                            settings.recipients(),
                            text.get("mail.subject", label),
                            body,
                            false,
                            Optional.empty()),
                    files);
            audit.record(
                    "gateway",
                    "monthly-report-sent",
                    "report",
                    "monthly/" + month + "/" + scope.slug(),
                    Map.of("recipients", String.join(", ", settings.recipients())));
            return true;
        });
        return Boolean.TRUE.equals(sent) ? Optional.of(month) : Optional.empty();
    }
}
