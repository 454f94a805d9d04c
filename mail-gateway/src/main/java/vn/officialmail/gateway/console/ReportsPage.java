package vn.officialmail.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.reports.ComplianceFigures;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.web.ConsoleNavigation;
import vn.officialmail.gateway.web.ConsoleText;

/**
 * {@code GET /console/reports}: two forms that download the monthly report and the yearly
 * per-unit summary ({@code /console/reports/monthly} and {@code /yearly}) as PDF, XLSX or CSV, in
 * Vietnamese or English. Unit heads and delegates are given their own unit's reports.
 */
@Controller
class ReportsPage {

    static final String PATH = "/console/reports";

    private final ComplianceFigures figures;
    private final Directory directory;
    private final Clock clock;

    ReportsPage(ComplianceFigures figures, Directory directory, Clock clock) {
        this.figures = figures;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String reports(HttpServletRequest request, @AuthenticationPrincipal GatewayUser reader) {
        ConsoleText text = ConsoleText.of(request);
        YearMonth current = figures.monthOf(clock.instant());
        StringBuilder body = new StringBuilder("<h1>")
                .append(text.get("reports.title"))
                .append("</h1>")
                .append("<h2>")
                .append(text.get("reports.monthly"))
                .append("</h2>")
                .append("<form class=\"filters\" id=\"monthly-form\" method=\"get\" action=\"")
                .append(PATH)
                .append("/monthly\">")
                .append(DashboardPage.monthField("month", text.get("reports.month"), current.minusMonths(1)));
        scope(body, text, reader, "monthly");
        options(body, text, "monthly");
        body.append("<button type=\"submit\" id=\"monthly-download\">")
                .append(text.get("reports.download"))
                .append("</button></form>")
                .append("<h2>")
                .append(text.get("reports.yearly"))
                .append("</h2>")
                .append("<form class=\"filters\" id=\"yearly-form\" method=\"get\" action=\"")
                .append(PATH)
                .append("/yearly\">")
                .append("<label for=\"year\">")
                .append(text.get("reports.year"))
                .append("<input id=\"year\" name=\"year\" type=\"number\" min=\"2000\" max=\"2100\" value=\"")
                .append(current.getYear())
                .append("\"></label>");
        scope(body, text, reader, "yearly");
        options(body, text, "yearly");
        body.append("<button type=\"submit\" id=\"yearly-download\">")
                .append(text.get("reports.download"))
                .append("</button></form><p>")
                .append(text.get("reports.apiHint"))
                .append("</p>");
        return text.consolePage("reports.title", body.toString(), ConsoleNavigation.linksFor(reader));
    }

    private void scope(StringBuilder body, ConsoleText text, GatewayUser reader, String form) {
        if (reader.seesEverything()) {
            body.append(DashboardPage.unitSelect(text, directory.units(), Optional.empty())
                    .replace("id=\"unit\"", "id=\"" + form + "-unit\"")
                    .replace("for=\"unit\"", "for=\"" + form + "-unit\""));
        }
    }

    private static void options(StringBuilder body, ConsoleText text, String form) {
        body.append("<label for=\"")
                .append(form)
                .append("-format\">")
                .append(text.get("reports.format"))
                .append("<select id=\"")
                .append(form)
                .append("-format\" name=\"format\">")
                .append("<option value=\"pdf\">PDF</option><option value=\"xlsx\">XLSX</option>")
                .append("<option value=\"csv\">CSV</option></select></label>")
                .append("<label for=\"")
                .append(form)
                .append("-lang\">")
                .append(text.get("reports.language"))
                .append("<select id=\"")
                .append(form)
                .append("-lang\" name=\"lang\">")
                .append("<option value=\"vi\"")
                .append(text.language().equals("vi") ? " selected" : "")
                .append(">Tiếng Việt</option><option value=\"en\"")
                .append(text.language().equals("en") ? " selected" : "")
                .append(">English</option></select></label>");
    }
}
