package vn.officialmail.gateway.reports;

import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.compliance.ViolationKind;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.rendering.Table;

/**
 * Builds the monthly report (traffic, official share, violations by unit, kind, outside domain
 * and document type, each with the change from the month before) and the yearly per-unit summary
 * as {@link Table}s, which {@link ReportFiles} turns into PDF, XLSX or CSV.
 */
@Service
public final class MonthlyReports {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final int TOP = 10;

    private final ComplianceFigures figures;
    private final Directory directory;

    public MonthlyReports(ComplianceFigures figures, Directory directory) {
        this.figures = figures;
        this.directory = directory;
    }

    /** Refuses a scope naming an agency or unit the directory does not know. */
    public void check(ReportScope scope) {
        scope.agency().ifPresent(a -> directory
                .agency(a)
                .orElseThrow(() -> new IllegalArgumentException("unknown agency '" + a + "'")));
        scope.unit()
                .ifPresent(u ->
                        directory.unit(u).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + u + "'")));
    }

    /** The monthly report of {@code month} for a scope. */
    public Table monthly(YearMonth month, ReportScope scope, ReportTexts text) {
        check(scope);
        Figures f = figuresOf(month.minusMonths(1), month, scope);
        YearMonth before = month.minusMonths(1);
        List<List<String>> rows = new ArrayList<>();
        rows.add(trafficRow(
                text.get("section.total"), scopeName(scope, text), f.monthTotal(month), f.monthTotal(before), text));
        if (scope.unit().isEmpty()) {
            for (String unit : unitsOf(scope, f)) {
                rows.add(trafficRow(
                        text.get("section.units"),
                        unitName(unit, text),
                        f.tally(unit, month),
                        f.tally(unit, before),
                        text));
            }
        }
        Figures now = figuresOf(month, month, scope);
        Figures then = figuresOf(before, before, scope);
        for (ViolationKind kind : ViolationKind.values()) {
            rows.add(violationRow(
                    text.get("section.kinds"),
                    text.get("kind." + kind.name()),
                    count(now.kinds(), kind.name()),
                    count(then.kinds(), kind.name()),
                    text));
        }
        for (Count domain : now.topDomains().stream().limit(TOP).toList()) {
            rows.add(violationRow(
                    text.get("section.domains"),
                    domain.label(),
                    domain.count(),
                    count(then.topDomains(), domain.label()),
                    text));
        }
        for (Count type : now.documentTypes().stream().limit(TOP).toList()) {
            rows.add(violationRow(
                    text.get("section.types"),
                    type.label(),
                    type.count(),
                    count(then.documentTypes(), type.label()),
                    text));
        }
        return new Table(
                text.get("monthly.title", month.format(MONTH)),
                List.of(
                        scopeLine(scope, text),
                        text.get(
                                "period",
                                month.atDay(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                                month.atEndOfMonth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                                before.format(MONTH)),
                        text.get("note")),
                List.of(
                        text.get("col.section"),
                        text.get("col.item"),
                        text.get("col.messages"),
                        text.get("col.official"),
                        text.get("col.officialShare"),
                        text.get("col.shareChange"),
                        text.get("col.violations"),
                        text.get("col.violationsBefore"),
                        text.get("col.violationsChange")),
                List.of(14, 26, 8, 9, 9, 10, 8, 9, 8),
                rows);
    }

    /** The yearly summary per unit, for the agency's annual evaluation of its units. */
    public Table yearly(Year year, ReportScope scope, ReportTexts text) {
        check(scope);
        Figures f = figuresOf(year.atMonth(1), year.atMonth(12), scope);
        List<List<String>> rows = new ArrayList<>();
        List<String> units = scope.unit().map(List::of).orElseGet(() -> unitsOf(scope, f));
        for (String unit : units) {
            Tally t = f.unitTotal(unit);
            long monthsWith = f.months().stream()
                    .filter(m -> f.tally(unit, m).violations() > 0)
                    .count();
            Optional<YearMonth> worst = f.months().stream()
                    .filter(m -> f.tally(unit, m).violations() > 0)
                    .max(java.util.Comparator.comparingLong(
                                    (YearMonth m) -> f.tally(unit, m).violations())
                            .thenComparing(java.util.Comparator.reverseOrder()));
            rows.add(List.of(
                    unitName(unit, text),
                    text.number(t.messages()),
                    text.number(t.official()),
                    text.percent(t.officialShare()),
                    text.number(t.violations()),
                    text.percent(t.complianceRate()),
                    text.number(monthsWith),
                    worst.map(m -> m.format(MONTH)).orElse("—")));
        }
        Tally total = f.total();
        rows.add(List.of(
                text.get("section.total"),
                text.number(total.messages()),
                text.number(total.official()),
                text.percent(total.officialShare()),
                text.number(total.violations()),
                text.percent(total.complianceRate()),
                "",
                ""));
        return new Table(
                text.get("yearly.title", year.toString()),
                List.of(scopeLine(scope, text), text.get("yearPeriod", year.toString()), text.get("note")),
                List.of(
                        text.get("col.unit"),
                        text.get("col.messages"),
                        text.get("col.official"),
                        text.get("col.officialShare"),
                        text.get("col.violations"),
                        text.get("col.complianceRate"),
                        text.get("col.monthsWithViolations"),
                        text.get("col.worstMonth")),
                List.of(30, 9, 9, 10, 9, 10, 10, 11),
                rows);
    }

    /** The figures of the report's scope over a span. */
    Figures figuresOf(YearMonth first, YearMonth last, ReportScope scope) {
        if (scope.unit().isPresent()) {
            return figures.of(first, last, scope.unit());
        }
        if (scope.agency().isPresent()) {
            Set<String> units = new LinkedHashSet<>();
            directory.unitsOf(scope.agency().get()).forEach(u -> units.add(u.code()));
            if (units.isEmpty()) {
                throw new IllegalArgumentException("agency '" + scope.agency().get() + "' has no units");
            }
            return figures.ofUnits(first, last, units);
        }
        return figures.of(first, last, Optional.empty());
    }

    /** The units of the scope: the directory's (even those without mail) and any with figures. */
    private List<String> unitsOf(ReportScope scope, Figures f) {
        Map<String, String> units = new TreeMap<>();
        List<Unit> known = scope.agency().map(directory::unitsOf).orElseGet(directory::units);
        known.forEach(u -> units.put(u.code(), u.code()));
        if (scope.agency().isEmpty()) {
            f.byUnitAndMonth().keySet().forEach(u -> units.put(u, u));
        }
        return List.copyOf(units.keySet());
    }

    private List<String> trafficRow(String section, String item, Tally now, Tally before, ReportTexts text) {
        return List.of(
                section,
                item,
                text.number(now.messages()),
                text.number(now.official()),
                text.percent(now.officialShare()),
                text.pointsChange(now.officialShare(), before.officialShare()),
                text.number(now.violations()),
                text.number(before.violations()),
                text.change(now.violations() - before.violations()));
    }

    private static List<String> violationRow(String section, String item, long now, long before, ReportTexts text) {
        return List.of(section, item, "", "", "", "", text.number(now), text.number(before), text.change(now - before));
    }

    private static long count(List<Count> counts, String label) {
        return counts.stream()
                .filter(c -> c.label().equals(label))
                .mapToLong(Count::count)
                .sum();
    }

    private String unitName(String code, ReportTexts text) {
        if (code.equals(ComplianceFigures.NO_UNIT)) {
            return text.get("noUnit");
        }
        return directory.unit(code).map(u -> u.name() + " (" + code + ")").orElse(code);
    }

    private String scopeName(ReportScope scope, ReportTexts text) {
        return scope.unit()
                .map(u -> unitName(u, text))
                .or(() -> scope.agency()
                        .map(a -> directory.agency(a).map(Agency::name).orElse(a)))
                .orElseGet(() -> directory.agencies().size() == 1
                        ? directory.agencies().get(0).name()
                        : "—");
    }

    private String scopeLine(ReportScope scope, ReportTexts text) {
        if (scope.unit().isPresent()) {
            return text.get("scope.unit", scopeName(scope, text));
        }
        if (scope.agency().isPresent() || directory.agencies().size() == 1) {
            return text.get("scope.agency", scopeName(scope, text));
        }
        return text.get("scope.all");
    }
}
