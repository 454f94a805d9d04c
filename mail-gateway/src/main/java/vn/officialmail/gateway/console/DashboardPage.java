package vn.officialmail.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.reports.ComplianceFigures;
import vn.officialmail.gateway.reports.Count;
import vn.officialmail.gateway.reports.Figures;
import vn.officialmail.gateway.reports.Tally;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.web.ConsoleNavigation;
import vn.officialmail.gateway.web.ConsoleText;

/**
 * {@code GET /console/compliance}: the dashboard of non-official mailbox use over a span of
 * months: the totals, the trend of violations, violations by unit and month, the outside domains,
 * document types, directions and kinds. Every figure links to the events behind it.
 */
@Controller
class DashboardPage {

    static final String PATH = "/console/compliance";

    private final ComplianceFigures figures;
    private final Directory directory;
    private final Clock clock;

    DashboardPage(ComplianceFigures figures, Directory directory, Clock clock) {
        this.figures = figures;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String dashboard(
            HttpServletRequest request,
            @RequestParam Optional<String> from,
            @RequestParam Optional<String> to,
            @RequestParam Optional<String> unit,
            @AuthenticationPrincipal GatewayUser reader) {
        ConsoleText text = ConsoleText.of(request);
        Optional<String> scope = ConsoleScope.unitFor(reader, unit);
        MonthRange range = MonthRange.of(from, to, figures.monthOf(clock.instant()));
        Figures f = figures.of(range.first(), range.last(), scope);
        String lang = text.language();
        StringBuilder body =
                new StringBuilder("<h1>").append(text.get("dashboard.title")).append("</h1>");
        if (range.invalid()) {
            body.append("<p class=\"alert\" role=\"alert\">")
                    .append(text.get("filter.invalid"))
                    .append("</p>");
        }
        body.append(filterForm(text, range, scope, reader));
        Tally total = f.total();
        body.append("<dl class=\"grid\" id=\"summary\">")
                .append(summary("total-messages", text.get("dashboard.messages"), Html.number(total.messages(), lang)))
                .append(summary(
                        "official-share",
                        text.get("dashboard.officialShare"),
                        Html.percent(total.officialShare(), lang)))
                .append(summary(
                        "total-violations", text.get("dashboard.violations"), Html.number(total.violations(), lang)))
                .append(summary(
                        "compliance-rate",
                        text.get("dashboard.complianceRate"),
                        Html.percent(total.complianceRate(), lang)))
                .append("</dl>");
        List<String> labels = f.months().stream().map(YearMonth::toString).toList();
        List<Double> perMonth = f.months().stream()
                .map(m -> (double) f.monthTotal(m).violations())
                .toList();
        body.append("<h2>")
                .append(text.get("dashboard.trend"))
                .append("</h2>")
                .append(TrendChart.bars("trend", text.get("dashboard.trend"), labels, perMonth, 0, ""));
        body.append(byUnitAndMonth(text, f, range));
        body.append("<div class=\"grid\">")
                .append(counts(
                        "top-domains",
                        text.get("dashboard.topDomains"),
                        text.get("event.domain"),
                        f.topDomains(),
                        c -> "domain=" + Html.url(c),
                        range,
                        scope,
                        text))
                .append(counts(
                        "document-types",
                        text.get("dashboard.documentTypes"),
                        text.get("event.type"),
                        f.documentTypes(),
                        c -> "type=" + Html.url(c),
                        range,
                        scope,
                        text))
                .append(counts(
                        "directions",
                        text.get("dashboard.directions"),
                        text.get("event.direction"),
                        translated(f.directions(), text, "direction."),
                        c -> "direction=" + Html.url(c),
                        range,
                        scope,
                        text))
                .append(counts(
                        "kinds",
                        text.get("dashboard.kinds"),
                        text.get("event.kind"),
                        translated(f.kinds(), text, "kind."),
                        c -> "kind=" + Html.url(c),
                        range,
                        scope,
                        text))
                .append("</div>");
        return text.consolePage("dashboard.title", body.toString(), ConsoleNavigation.linksFor(reader));
    }

    private String filterForm(ConsoleText text, MonthRange range, Optional<String> scope, GatewayUser reader) {
        StringBuilder form = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"" + PATH + "\">")
                .append(monthField("from", text.get("filter.from"), range.first()))
                .append(monthField("to", text.get("filter.to"), range.last()));
        if (reader.seesEverything()) {
            form.append(unitSelect(text, directory.units(), scope));
        }
        return form.append("<button type=\"submit\">")
                .append(text.get("filter.apply"))
                .append("</button></form>")
                .toString();
    }

    static String monthField(String name, String label, YearMonth value) {
        return "<label for=\"" + name + "\">" + label + "<input id=\"" + name + "\" name=\"" + name
                + "\" type=\"month\" pattern=\"[0-9]{4}-[0-9]{2}\" value=\"" + value + "\"></label>";
    }

    static String unitSelect(ConsoleText text, List<Unit> units, Optional<String> selected) {
        StringBuilder select = new StringBuilder("<label for=\"unit\">" + text.get("filter.unit")
                + "<select id=\"unit\" name=\"unit\"><option value=\"\">" + text.get("filter.allUnits") + "</option>");
        for (Unit u : units) {
            select.append("<option value=\"")
                    .append(Html.escape(u.code()))
                    .append("\"")
                    .append(selected.filter(u.code()::equals).isPresent() ? " selected" : "")
                    .append(">")
                    .append(Html.escape(u.name()))
                    .append("</option>");
        }
        return select.append("</select></label>").toString();
    }

    private static String summary(String id, String label, String value) {
        return "<div><dt>" + label + "</dt><dd id=\"" + id + "\" style=\"font-size:1.6rem;margin:0\">" + value
                + "</dd></div>";
    }

    private String byUnitAndMonth(ConsoleText text, Figures f, MonthRange range) {
        List<String> headers = new ArrayList<>(List.of(text.get("event.unit")));
        f.months().forEach(m -> headers.add("#" + m));
        headers.add("#" + text.get("dashboard.total"));
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Tally> unit : f.unitTotals().entrySet()) {
            if (unit.getValue().violations() == 0) {
                continue;
            }
            List<String> row = new ArrayList<>();
            row.add(unitName(unit.getKey()));
            for (YearMonth m : f.months()) {
                long n = f.tally(unit.getKey(), m).violations();
                row.add("#"
                        + (n == 0
                                ? "0"
                                : link(
                                        EventsPage.PATH + "?from=" + m + "&to=" + m + unitParam(unit.getKey()),
                                        Long.toString(n))));
            }
            row.add("#"
                    + link(
                            EventsPage.PATH + "?from=" + range.first() + "&to=" + range.last()
                                    + unitParam(unit.getKey()),
                            Long.toString(unit.getValue().violations())));
            rows.add(row);
        }
        return "<h2>" + text.get("dashboard.byUnitAndMonth") + "</h2>"
                + Html.table("by-unit-month", text.get("dashboard.byUnitAndMonth"), headers, rows);
    }

    private String unitName(String code) {
        if (code.equals(ComplianceFigures.NO_UNIT)) {
            return code;
        }
        return Html.escape(directory.unit(code).map(Unit::name).orElse(code)) + " (" + Html.escape(code) + ")";
    }

    private static String unitParam(String code) {
        return code.equals(ComplianceFigures.NO_UNIT) ? "" : "&unit=" + Html.url(code);
    }

    private static String link(String href, String label) {
        return "<a href=\"" + Html.escape(href) + "\">" + label + "</a>";
    }

    private static List<Count> translated(List<Count> counts, ConsoleText text, String prefix) {
        return counts.stream()
                .map(c -> new Count(prefix + c.label(), c.count()))
                .toList();
    }

    private static String counts(
            String id,
            String caption,
            String column,
            List<Count> counts,
            java.util.function.Function<String, String> filter,
            MonthRange range,
            Optional<String> scope,
            ConsoleText text) {
        List<List<String>> rows = new ArrayList<>();
        for (Count c : counts) {
            boolean key = c.label().startsWith("direction.") || c.label().startsWith("kind.");
            String raw = key ? c.label().substring(c.label().indexOf('.') + 1) : c.label();
            String label = key ? text.get(c.label()) : Html.escape(c.label());
            String href = EventsPage.PATH + "?from=" + range.first() + "&to=" + range.last()
                    + scope.map(u -> "&unit=" + Html.url(u)).orElse("") + "&" + filter.apply(raw);
            // Violations without a document type cannot be filtered on one: the count stands alone.
            String count = raw.equals("unclassified") ? Long.toString(c.count()) : link(href, Long.toString(c.count()));
            rows.add(List.of(label, "#" + count));
        }
        return "<section>" + Html.table(id, caption, List.of(column, "#" + text.get("dashboard.count")), rows)
                + "</section>";
    }
}
