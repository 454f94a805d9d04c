package vn.officialmail.gateway.reports;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The compliance figures of a span of months, for every unit or one.
 *
 * @param first the first month
 * @param last the last month (inclusive)
 * @param unit the unit they are scoped to, empty for the whole agency
 * @param byUnitAndMonth each unit's tally per month ({@link ComplianceFigures#NO_UNIT} for mail
 *     the directory could place in no unit)
 * @param overall the tally of the scope per month, each message counted once (a message between
 *     two units counts for each unit, but once here)
 * @param topDomains outside domains of the violations, most frequent first
 * @param documentTypes document types of the violations, most frequent first
 * @param directions directions of the violations
 * @param kinds kinds of violation
 */
public record Figures(
        YearMonth first,
        YearMonth last,
        Optional<String> unit,
        SortedMap<String, SortedMap<YearMonth, Tally>> byUnitAndMonth,
        SortedMap<YearMonth, Tally> overall,
        List<Count> topDomains,
        List<Count> documentTypes,
        List<Count> directions,
        List<Count> kinds) {

    /** The months of the span, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** One unit's tally for one month. */
    public Tally tally(String unitCode, YearMonth month) {
        return byUnitAndMonth.getOrDefault(unitCode, new TreeMap<>()).getOrDefault(month, Tally.ZERO);
    }

    /** One unit's tally over the whole span. */
    public Tally unitTotal(String unitCode) {
        return byUnitAndMonth.getOrDefault(unitCode, new TreeMap<>()).values().stream()
                .reduce(Tally.ZERO, Tally::plus);
    }

    /** The scope's tally in one month, each message once. */
    public Tally monthTotal(YearMonth month) {
        return overall.getOrDefault(month, Tally.ZERO);
    }

    /** Everything, summed. */
    public Tally total() {
        return months().stream().map(this::monthTotal).reduce(Tally.ZERO, Tally::plus);
    }

    /** Each unit's tally over the span. */
    public Map<String, Tally> unitTotals() {
        Map<String, Tally> totals = new TreeMap<>();
        byUnitAndMonth.keySet().forEach(u -> totals.put(u, unitTotal(u)));
        return totals;
    }
}
