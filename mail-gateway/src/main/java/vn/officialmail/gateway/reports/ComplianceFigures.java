package vn.officialmail.gateway.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.directory.Directory;

/**
 * Counts traffic and violations per unit and month. Months are calendar months in the agency's
 * time zone ({@code gateway.calendar.zone}, Asia/Ho_Chi_Minh): a message received at 23:30 on
 * 31 October in Hà Nội belongs to October even though it is 16:30 UTC. A message belongs to the
 * unit of its sender and to the units of its recipients, as the directory knows the mailboxes.
 */
@Service
public final class ComplianceFigures {

    /** The unit column of mail the directory could place in no unit. */
    public static final String NO_UNIT = "—";

    private static final Set<String> OFFICIAL = Set.of("OFFICIAL", "OFFICIAL_UNIT_MAILBOX");
    private static final int TOP = 10;

    private final JdbcClient jdbc;
    private final Directory directory;
    private final ZoneId zone;

    @org.springframework.beans.factory.annotation.Autowired
    public ComplianceFigures(JdbcClient jdbc, Directory directory, GatewaySettings settings) {
        this(jdbc, directory, settings.calendar().zone());
    }

    ComplianceFigures(JdbcClient jdbc, Directory directory, ZoneId zone) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.zone = zone;
    }

    /** The agency's time zone, in which months begin and end. */
    public ZoneId zone() {
        return zone;
    }

    /** The month an instant falls in, in the agency's time zone. */
    public YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atZone(zone));
    }

    /** The figures of the months {@code first}..{@code last}, for one unit or (empty) every unit. */
    public Figures of(YearMonth first, YearMonth last, Optional<String> unit) {
        return of(first, last, unit.map(Set::of).orElse(Set.of()), unit);
    }

    /** The figures of an agency: its units (the mail of any of them, each message once). */
    public Figures ofUnits(YearMonth first, YearMonth last, Set<String> units) {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("an agency's figures need its units; none given");
        }
        return of(first, last, units, Optional.empty());
    }

    private Figures of(YearMonth first, YearMonth last, Set<String> scope, Optional<String> unit) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the last month must not be before the first: " + first + " > " + last);
        }
        if (first.plusYears(5).isBefore(last)) {
            throw new IllegalArgumentException("a span covers at most five years: " + first + " to " + last);
        }
        OffsetDateTime from = first.atDay(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = last.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
        SortedMap<String, SortedMap<YearMonth, Tally>> byUnit = new TreeMap<>();
        SortedMap<YearMonth, Tally> overall = new TreeMap<>();
        countTraffic(from, to, scope, byUnit, overall);
        List<ViolationRow> violations = violations(from, to, scope);
        countViolations(violations, byUnit, overall);
        return new Figures(
                first,
                last,
                unit,
                byUnit,
                overall,
                top(violations, ViolationRow::domain, TOP),
                top(violations, v -> v.documentType().orElse("unclassified"), TOP),
                top(violations, ViolationRow::direction, TOP),
                top(violations, ViolationRow::kind, TOP));
    }

    private void countTraffic(
            OffsetDateTime from,
            OffsetDateTime to,
            Set<String> scope,
            SortedMap<String, SortedMap<YearMonth, Tally>> byUnit,
            SortedMap<YearMonth, Tally> overall) {
        // Streamed: a month of a large agency is many rows, and only counts are kept.
        jdbc.sql("select from_address, mail_from, recipients, channel, received_at from message_record"
                        + " where received_at >= ? and received_at < ?")
                .params(from, to)
                .query((ResultSet rs) -> {
                    Set<String> units = unitsOf(rs.getString(1), rs.getString(2), rs.getString(3));
                    if (!scope.isEmpty() && units.stream().noneMatch(scope::contains)) {
                        return;
                    }
                    YearMonth month =
                            monthOf(rs.getObject(5, OffsetDateTime.class).toInstant());
                    Tally one = new Tally(1, OFFICIAL.contains(rs.getString(4)) ? 1 : 0, 0, 0);
                    overall.merge(month, one, Tally::plus);
                    for (String u : units) {
                        if (scope.isEmpty() || scope.contains(u)) {
                            byUnit.computeIfAbsent(u, k -> new TreeMap<>()).merge(month, one, Tally::plus);
                        }
                    }
                });
    }

    private Set<String> unitsOf(String fromAddress, String mailFrom, String recipients) {
        Set<String> units = new LinkedHashSet<>();
        String sender = fromAddress != null ? fromAddress : mailFrom;
        if (sender != null && !sender.isEmpty()) {
            directory.unitOfMailbox(sender).map(Unit::code).ifPresent(units::add);
        }
        if (recipients != null) {
            for (String r : recipients.split("\n")) {
                if (!r.isBlank()) {
                    directory.unitOfMailbox(r.strip()).map(Unit::code).ifPresent(units::add);
                }
            }
        }
        if (units.isEmpty()) {
            units.add(NO_UNIT);
        }
        return units;
    }

    private static void countViolations(
            List<ViolationRow> violations,
            SortedMap<String, SortedMap<YearMonth, Tally>> byUnit,
            SortedMap<YearMonth, Tally> overall) {
        Map<String, Set<Long>> seenPerUnitMonth = new HashMap<>();
        Set<String> seenOverall = new HashSet<>();
        for (ViolationRow v : violations) {
            String u = v.unit().orElse(NO_UNIT);
            boolean firstOfMessage = seenPerUnitMonth
                    .computeIfAbsent(u + "|" + v.month(), k -> new HashSet<>())
                    .add(v.messageId());
            byUnit.computeIfAbsent(u, k -> new TreeMap<>())
                    .merge(v.month(), new Tally(0, 0, 1, firstOfMessage ? 1 : 0), Tally::plus);
            boolean firstOverall = seenOverall.add(v.month() + "|" + v.messageId());
            overall.merge(v.month(), new Tally(0, 0, 1, firstOverall ? 1 : 0), Tally::plus);
        }
    }

    /** One violation, as the figures need it. */
    record ViolationRow(
            long messageId,
            String kind,
            String direction,
            String domain,
            Optional<String> documentType,
            Optional<String> unit,
            YearMonth month) {}

    private List<ViolationRow> violations(OffsetDateTime from, OffsetDateTime to, Set<String> scope) {
        String where = " where occurred_at >= ? and occurred_at < ?"
                + (scope.isEmpty()
                        ? ""
                        : " and unit_code in (" + scope.stream().map(u -> "?").collect(Collectors.joining(", ")) + ")");
        List<Object> params = new ArrayList<>(List.of(from, to));
        params.addAll(new java.util.TreeSet<>(scope));
        return jdbc.sql("select message_record_id, kind, direction, counterpart_domain, document_type, unit_code,"
                        + " occurred_at from violation" + where)
                .params(params)
                .query((ResultSet rs, int row) -> violation(rs))
                .list();
    }

    private ViolationRow violation(ResultSet rs) throws SQLException {
        return new ViolationRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Optional.ofNullable(rs.getString(5)),
                Optional.ofNullable(rs.getString(6)),
                monthOf(rs.getObject(7, OffsetDateTime.class)
                        .withOffsetSameInstant(ZoneOffset.UTC)
                        .toInstant()));
    }

    private static List<Count> top(List<ViolationRow> rows, Function<ViolationRow, String> label, int limit) {
        return rows.stream().collect(Collectors.groupingBy(label, Collectors.counting())).entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label))
                .limit(limit)
                .toList();
    }
}
