package vn.officialmail.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import vn.officialmail.gateway.calendar.WorkingCalendar;
import vn.officialmail.gateway.handling.ConsultationReport;
import vn.officialmail.gateway.rendering.PdfTables;
import vn.officialmail.gateway.rendering.XlsxTables;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.web.ConsoleNavigation;
import vn.officialmail.gateway.web.ConsoleText;
import vn.officialmail.gateway.web.Downloads;

/**
 * Drafts for comments (lấy ý kiến) in the console: {@code GET /console/handling/consultations}
 * (the latest requests: deadline, answered, missing) and {@code .../{id}} (who has answered, who
 * has not, the comments), with the summary table of comments as XLSX or PDF ({@code
 * .../{id}/table.xlsx|pdf}). A unit head or delegate sees the requests of their unit in full, and
 * of requests their unit was asked only their own unit's line; the summary files are for the
 * requesting unit (and administrators and clerks).
 */
@Controller
class ConsultationsPage {

    static final String PATH = HandlingRegisterPage.PATH + "/consultations";
    private static final int LIMIT = 200;

    private final ConsultationReport report;
    private final ZoneId zone;

    ConsultationsPage(ConsultationReport report, WorkingCalendar calendar) {
        this.report = report;
        this.zone = calendar.zone();
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String list(HttpServletRequest request, @AuthenticationPrincipal GatewayUser reader) {
        ConsoleText text = ConsoleText.of(request);
        List<List<String>> rows = new ArrayList<>();
        Optional<String> unit = HandlingScope.unitFor(reader, Optional.empty());
        for (ConsultationReport.Summary s : report.latest(unit, LIMIT)) {
            Optional<ConsultationReport.Summary> visible = visible(reader, s);
            if (visible.isEmpty()) {
                continue;
            }
            ConsultationReport.Summary v = visible.get();
            rows.add(List.of(
                    "#" + v.id(),
                    "<a href=\"" + PATH + "/" + v.id() + "\">" + Html.escape(v.title()) + "</a>",
                    Html.escape(v.requestingUnit().orElse("—")),
                    HandlingRegisterPage.DAY.format(v.deadline())
                            + (v.overdue() ? " <span class=\"bad\">" + text.get("handling.overdue") + "</span>" : ""),
                    "#" + v.answered(),
                    "#" + v.missing()));
        }
        String body = "<h1>" + text.get("consultations.title") + "</h1><p id=\"consultations-total\">"
                + text.format("consultations.total", rows.size()) + "</p>"
                + Html.table(
                        "consultations",
                        text.get("consultations.caption"),
                        List.of(
                                "#" + text.get("consultations.id"),
                                text.get("consultations.draft"),
                                text.get("consultations.requestingUnit"),
                                text.get("consultations.deadline"),
                                "#" + text.get("consultations.answered"),
                                "#" + text.get("consultations.missing")),
                        rows)
                + "<p>" + text.get("consultations.apiHint") + "</p>";
        return text.consolePage("consultations.title", body, ConsoleNavigation.linksFor(reader));
    }

    @GetMapping(value = PATH + "/{id:\\d+}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String one(HttpServletRequest request, @PathVariable long id, @AuthenticationPrincipal GatewayUser reader) {
        ConsoleText text = ConsoleText.of(request);
        ConsultationReport.Summary s = visible(reader, found(id))
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.FORBIDDEN, "Đề nghị góp ý của đơn vị khác / another unit's request"));
        StringBuilder body = new StringBuilder("<h1>")
                .append(Html.escape(s.title()))
                .append("</h1><dl id=\"consultation-facts\"><dt>")
                .append(text.get("consultations.requestingUnit"))
                .append("</dt><dd>")
                .append(Html.escape(s.requestingUnit().orElse("—")))
                .append("</dd><dt>")
                .append(text.get("consultations.deadline"))
                .append("</dt><dd>")
                .append(HandlingRegisterPage.DAY.format(s.deadline()))
                .append(s.overdue() ? " <span class=\"bad\">" + text.get("handling.overdue") + "</span>" : "")
                .append("</dd></dl><p id=\"consultation-count\">")
                .append(text.format("consultations.count", s.answered(), s.missing()))
                .append("</p>");
        List<String> missing = s.units().stream()
                .filter(u -> !u.answered())
                .map(u -> Html.escape(u.unitName()))
                .toList();
        body.append("<h2>").append(text.get("consultations.notYet")).append("</h2><ul id=\"consultation-missing\">");
        missing.forEach(m -> body.append("<li>").append(m).append("</li>"));
        body.append(missing.isEmpty() ? "<li>—</li>" : "").append("</ul>");
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (ConsultationReport.UnitAnswer u : s.units()) {
            rows.add(List.of(
                    "#" + n++,
                    Html.escape(u.unitName()),
                    u.answered()
                            ? "<span class=\"ok\">" + text.get("consultations.hasAnswered") + "</span>"
                            : "<span class=\"bad\">" + text.get("consultations.hasNotAnswered") + "</span>",
                    u.answeredAt().map(at -> Html.time(at, zone)).orElse(""),
                    Html.escape(u.answeredBy().orElse("")),
                    Html.escape(u.comment().orElse("")),
                    u.remindedOn().map(HandlingRegisterPage.DAY::format).orElse("")));
        }
        body.append(Html.table(
                "consultation-units",
                text.get("consultations.table"),
                List.of(
                        "#" + text.get("consultations.no"),
                        text.get("consultations.unit"),
                        text.get("consultations.state"),
                        text.get("consultations.when"),
                        text.get("consultations.from"),
                        text.get("consultations.comment"),
                        text.get("consultations.reminded")),
                rows));
        if (mayDownload(reader, s)) {
            body.append("<p id=\"consultation-files\">")
                    .append(text.get("consultations.download"))
                    .append(": <a id=\"table-xlsx\" href=\"")
                    .append(PATH)
                    .append('/')
                    .append(id)
                    .append("/table.xlsx\">XLSX</a> · <a id=\"table-pdf\" href=\"")
                    .append(PATH)
                    .append('/')
                    .append(id)
                    .append("/table.pdf\">PDF</a></p>");
        }
        body.append("<p><a href=\"")
                .append(PATH)
                .append("\">")
                .append(text.get("consultations.back"))
                .append("</a></p>");
        return text.consolePage("consultations.title", body.toString(), ConsoleNavigation.linksFor(reader));
    }

    @GetMapping(PATH + "/{id:\\d+}/table.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @AuthenticationPrincipal GatewayUser reader) {
        ConsultationReport.Summary s = downloadable(reader, id);
        return Downloads.attachment(
                XlsxTables.render(report.table(s), "Góp ý"),
                "tong-hop-gop-y-" + id + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping(PATH + "/{id:\\d+}/table.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal GatewayUser reader) {
        ConsultationReport.Summary s = downloadable(reader, id);
        return Downloads.attachment(
                PdfTables.render(report.table(s)), "tong-hop-gop-y-" + id + ".pdf", MediaType.APPLICATION_PDF);
    }

    /** What the reader may see of a request: as the API ({@code HandlingAccess.consultation}). */
    private static Optional<ConsultationReport.Summary> visible(GatewayUser reader, ConsultationReport.Summary s) {
        return HandlingScope.consultation(reader, s);
    }

    private static boolean mayDownload(GatewayUser reader, ConsultationReport.Summary s) {
        return HandlingScope.followsRequest(reader, s);
    }

    private ConsultationReport.Summary downloadable(GatewayUser reader, long id) {
        ConsultationReport.Summary s = found(id);
        if (!mayDownload(reader, s)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Chỉ đơn vị lấy ý kiến tải được bảng tổng hợp / for the requesting unit");
        }
        return s;
    }

    private ConsultationReport.Summary found(long id) {
        return report.summary(id)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Không có đề nghị góp ý số " + id + " / no such request"));
    }
}
