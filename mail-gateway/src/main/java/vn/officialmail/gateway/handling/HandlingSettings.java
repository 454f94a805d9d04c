package vn.officialmail.gateway.handling;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Document handling ({@code gateway.handling.*}).
 *
 * @param remindBefore units that have not commented are reminded from this many working days before
 *     a consultation's deadline until the deadline, once a day
 * @param reminderCron when the reminders go out (Quartz cron, in the calendar's time zone)
 * @param reports the periodic reports the agency expects from its units
 */
public record HandlingSettings(
        @DefaultValue("2") int remindBefore,
        @DefaultValue("0 0 8 ? * MON-SAT") String reminderCron,
        @Nullable List<ReportExpectation> reports) {

    /**
     * A periodic report expected from units (báo cáo định kỳ).
     *
     * @param code a short key, e.g. {@code bc-thang}
     * @param name its name, e.g. "Báo cáo công tác tháng"
     * @param period monthly, quarterly or yearly
     * @param dueDay due by this day of the month after the period ends (a day past the end of a short month is its last day)
     * @param units the codes of the units that send it
     * @param keywords words the report must contain (any case and diacritics), to tell two reports of the
     *     same period apart; empty: every report of the unit for the period
     */
    public record ReportExpectation(
            String code,
            String name,
            ReportPeriod period,
            int dueDay,
            List<String> units,
            @Nullable List<String> keywords) {

        public ReportExpectation {
            if (code == null || !code.matches("[a-z0-9-]{1,32}")) {
                throw new IllegalArgumentException(
                        "gateway.handling.reports[].code must be 1-32 of a-z, 0-9 and '-': " + code);
            }
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("gateway.handling.reports[" + code + "].name is required");
            }
            if (period == null) {
                throw new IllegalArgumentException("gateway.handling.reports[" + code
                        + "].period must be MONTHLY, QUARTERLY, HALF_YEARLY or YEARLY");
            }
            if (dueDay < 1 || dueDay > 31) {
                throw new IllegalArgumentException(
                        "gateway.handling.reports[" + code + "].due-day must be between 1 and 31: " + dueDay);
            }
            if (units == null || units.isEmpty()) {
                throw new IllegalArgumentException("gateway.handling.reports[" + code + "].units must name units");
            }
            units = List.copyOf(units);
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
        }
    }

    public HandlingSettings {
        if (remindBefore < 0 || remindBefore > 30) {
            throw new IllegalArgumentException(
                    "gateway.handling.remind-before must be between 0 and 30 working days: " + remindBefore);
        }
        reports = reports == null ? List.of() : List.copyOf(reports);
        Set<String> codes = new HashSet<>();
        for (ReportExpectation report : reports) {
            if (!codes.add(report.code())) {
                throw new IllegalArgumentException("gateway.handling.reports: code '" + report.code() + "' twice");
            }
        }
    }
}
