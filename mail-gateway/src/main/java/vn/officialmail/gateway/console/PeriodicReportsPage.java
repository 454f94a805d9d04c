package vn.officialmail.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.officialmail.gateway.calendar.WorkingCalendar;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.handling.HandlingSettings;
import vn.officialmail.gateway.handling.PeriodicReports;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.web.ConsoleNavigation;
import vn.officialmail.gateway.web.ConsoleText;

/**
 * {@code GET /console/handling/reports}: for each configured periodic report (báo cáo định kỳ), a
 * table of the expected units against the last periods: received on time, late, missing, or not
 * yet due, with the day it came. Readers of every unit may filter by unit; a unit head or delegate
 * sees their own unit's line only.
 */
@Controller
class PeriodicReportsPage {

    static final String PATH = HandlingRegisterPage.PATH + "/reports";
    private static final int PERIODS = 4;

    private final PeriodicReports reports;
    private final Directory directory;
    private final WorkingCalendar calendar;
    private final ZoneId zone;

    PeriodicReportsPage(PeriodicReports reports, Directory directory, WorkingCalendar calendar) {
        this.reports = reports;
        this.directory = directory;
        this.calendar = calendar;
        this.zone = calendar.zone();
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String table(
            HttpServletRequest request,
            @RequestParam Optional<String> unit,
            @AuthenticationPrincipal GatewayUser reader) {
        ConsoleText text = ConsoleText.of(request);
        Optional<String> scope = HandlingScope.unitFor(reader, unit);
        StringBuilder body =
                new StringBuilder("<h1>").append(text.get("periodic.title")).append("</h1>");
        if (HandlingScope.seesEveryUnit(reader)) {
            body.append("<form class=\"filters\" id=\"periodic-filters\" method=\"get\" action=\"")
                    .append(PATH)
                    .append("\">")
                    .append(DashboardPage.unitSelect(text, directory.units(), scope))
                    .append("<button type=\"submit\">")
                    .append(text.get("filter.apply"))
                    .append("</button></form>");
        }
        List<HandlingSettings.ReportExpectation> expected = reports.expectations();
        if (expected.isEmpty()) {
            body.append("<p id=\"periodic-none\">")
                    .append(text.get("periodic.none"))
                    .append("</p>");
        }
        LocalDate today = calendar.today();
        for (HandlingSettings.ReportExpectation e : expected) {
            if (scope.isPresent() && !e.units().contains(scope.get())) {
                continue;
            }
            // The period due around today first, then the ones before it.
            List<PeriodicReports.Table> periods = new ArrayList<>();
            for (int i = 0; i < PERIODS; i++) {
                String key = e.period()
                        .previous(today.minusMonths((long) i * e.period().months()));
                reports.table(e.code(), key).ifPresent(periods::add);
            }
            Map<String, List<String>> byUnit = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            int[] late = new int[periods.size()];
            int[] missing = new int[periods.size()];
            for (int p = 0; p < periods.size(); p++) {
                for (PeriodicReports.Line line : periods.get(p).lines()) {
                    if (scope.isPresent() && !scope.get().equals(line.unit())) {
                        continue;
                    }
                    names.put(line.unit(), line.unitName());
                    byUnit.computeIfAbsent(line.unit(), u -> new ArrayList<>()).add(cell(text, line));
                    late[p] += line.state() == PeriodicReports.State.LATE ? 1 : 0;
                    missing[p] += line.state() == PeriodicReports.State.MISSING ? 1 : 0;
                }
            }
            List<String> headers = new ArrayList<>(List.of(text.get("periodic.unit")));
            for (PeriodicReports.Table t : periods) {
                headers.add(Html.escape(t.period()) + "<br><small>" + text.get("periodic.due") + " "
                        + HandlingRegisterPage.DAY.format(t.due()) + "</small>");
            }
            List<List<String>> rows = new ArrayList<>();
            for (Map.Entry<String, List<String>> u : byUnit.entrySet()) {
                List<String> row = new ArrayList<>();
                row.add(Html.escape(names.get(u.getKey())) + " (" + Html.escape(u.getKey()) + ")");
                row.addAll(u.getValue());
                rows.add(row);
            }
            List<String> totals =
                    new ArrayList<>(List.of("<strong>" + text.get("periodic.lateOrMissing") + "</strong>"));
            for (int p = 0; p < periods.size(); p++) {
                totals.add(text.format("periodic.counts", late[p], missing[p]));
            }
            rows.add(totals);
            body.append("<h2>")
                    .append(Html.escape(e.name()))
                    .append("</h2>")
                    .append(Html.table(
                            "periodic-" + e.code(),
                            text.format(
                                    "periodic.caption",
                                    e.name(),
                                    text.get("periodic.kind." + e.period().name()),
                                    e.dueDay()),
                            headers,
                            rows));
        }
        body.append("<p>").append(text.get("periodic.apiHint")).append("</p>");
        return text.consolePage("periodic.title", body.toString(), ConsoleNavigation.linksFor(reader));
    }

    private String cell(ConsoleText text, PeriodicReports.Line line) {
        String label = text.get("periodic.state." + line.state().name());
        String when = line.receivedAt().map(at -> " " + Html.time(at, zone)).orElse("");
        return switch (line.state()) {
            case RECEIVED -> "<span class=\"ok\">" + label + "</span>" + when;
            case LATE, MISSING -> "<span class=\"bad\">" + label + "</span>" + when;
            case PENDING -> label;
        };
    }
}
