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
import vn.officialmail.gateway.reports.Figures;
import vn.officialmail.gateway.reports.Tally;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.web.ConsoleNavigation;
import vn.officialmail.gateway.web.ConsoleText;

/**
 * {@code GET /console/units}: each unit's compliance rate (the share of its messages without a
 * violation) and official share over the span, and the rate's trend month by month as a chart
 * and a table. A unit head or delegate sees their own unit.
 */
@Controller
class UnitsPage {

    static final String PATH = "/console/units";

    private final ComplianceFigures figures;
    private final Directory directory;
    private final Clock clock;

    UnitsPage(ComplianceFigures figures, Directory directory, Clock clock) {
        this.figures = figures;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String units(
            HttpServletRequest request,
            @RequestParam Optional<String> from,
            @RequestParam Optional<String> to,
            @RequestParam Optional<String> unit,
            @AuthenticationPrincipal GatewayUser reader) {
        ConsoleText text = ConsoleText.of(request);
        String lang = text.language();
        Optional<String> scope = ConsoleScope.unitFor(reader, unit);
        MonthRange range = MonthRange.of(from, to, figures.monthOf(clock.instant()));
        Figures f = figures.of(range.first(), range.last(), scope);
        StringBuilder body =
                new StringBuilder("<h1>").append(text.get("units.title")).append("</h1>");
        if (range.invalid()) {
            body.append("<p class=\"alert\" role=\"alert\">")
                    .append(text.get("filter.invalid"))
                    .append("</p>");
        }
        body.append("<form class=\"filters\" method=\"get\" action=\"")
                .append(PATH)
                .append("\">")
                .append(DashboardPage.monthField("from", text.get("filter.from"), range.first()))
                .append(DashboardPage.monthField("to", text.get("filter.to"), range.last()));
        if (reader.seesEverything()) {
            body.append(DashboardPage.unitSelect(text, directory.units(), scope));
        }
        body.append("<button type=\"submit\">").append(text.get("filter.apply")).append("</button></form>");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Tally> u : f.unitTotals().entrySet()) {
            Tally t = u.getValue();
            rows.add(List.of(
                    name(u.getKey()),
                    "#" + Html.number(t.messages(), lang),
                    "#" + Html.percent(t.officialShare(), lang),
                    "#" + Html.number(t.violations(), lang),
                    "#" + Html.percent(t.complianceRate(), lang)));
        }
        body.append(Html.table(
                "unit-rates",
                text.get("units.rates"),
                List.of(
                        text.get("event.unit"),
                        "#" + text.get("dashboard.messages"),
                        "#" + text.get("dashboard.officialShare"),
                        "#" + text.get("dashboard.violations"),
                        "#" + text.get("dashboard.complianceRate")),
                rows));
        List<String> labels = f.months().stream().map(YearMonth::toString).toList();
        for (String code : f.unitTotals().keySet()) {
            if (code.equals(ComplianceFigures.NO_UNIT)) {
                continue;
            }
            List<Double> rates = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            for (YearMonth m : f.months()) {
                Tally t = f.tally(code, m);
                rates.add(t.complianceRate().orElse(0) * 100);
                cells.add("#" + Html.percent(t.complianceRate(), lang));
            }
            String title = text.format(
                    "units.trend", directory.unit(code).map(Unit::name).orElse(code));
            body.append("<section><h2>")
                    .append(title)
                    .append("</h2>")
                    .append(TrendChart.bars("trend-" + Html.escape(code), title, labels, rates, 100, "%"))
                    .append(Html.table(
                            "rates-" + Html.escape(code),
                            title,
                            labels.stream().map(l -> "#" + l).toList(),
                            List.of(cells)))
                    .append("</section>");
        }
        return text.consolePage("units.title", body.toString(), ConsoleNavigation.linksFor(reader));
    }

    private String name(String code) {
        if (code.equals(ComplianceFigures.NO_UNIT)) {
            return code;
        }
        return Html.escape(directory.unit(code).map(Unit::name).orElse(code)) + " (" + Html.escape(code) + ")";
    }
}
