package vn.officialmail.gateway.reports;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quartz.CronExpression;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.reports.*}: the monthly report mailed to the leadership. Checked at startup: a
 * bad address or schedule stops the gateway, naming the value.
 *
 * @param recipients the leadership's addresses; none: no report is mailed
 * @param monthlyCron when the job runs, a Quartz cron expression in the agency's time zone
 *     ({@code gateway.calendar.zone}); default 07:00 on the 1st of every month
 * @param formats the files attached
 * @param language {@code vi} (default) or {@code en}
 * @param agency the agency whose report is sent; empty: everything the gateway carries
 */
public record ReportSettings(
        @DefaultValue List<String> recipients,
        @DefaultValue("0 0 7 1 * ?") String monthlyCron,
        @DefaultValue({"PDF", "XLSX", "CSV"}) List<ReportFormat> formats,
        @DefaultValue("vi") String language,
        @Nullable String agency) {

    public ReportSettings {
        recipients = recipients.stream().map(String::strip).toList();
        for (String address : recipients) {
            try {
                new InternetAddress(address, true).validate();
            } catch (AddressException e) {
                throw new IllegalArgumentException(
                        "gateway.reports.recipients must be e-mail addresses: '" + address + "'", e);
            }
        }
        if (!CronExpression.isValidExpression(monthlyCron)) {
            throw new IllegalArgumentException(
                    "gateway.reports.monthly-cron must be a Quartz cron expression (e.g. '0 0 7 1 * ?'): '"
                            + monthlyCron + "'");
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("gateway.reports.formats must name at least one of PDF, XLSX, CSV");
        }
        if (!language.equals("vi") && !language.equals("en")) {
            throw new IllegalArgumentException("gateway.reports.language must be vi or en: '" + language + "'");
        }
        formats = List.copyOf(formats);
    }

    /** The scope of the mailed report. */
    ReportScope scope() {
        return agency == null || agency.isBlank() ? ReportScope.ALL : ReportScope.agency(agency.strip());
    }
}
