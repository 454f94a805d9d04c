package vn.officialmail.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.handling.DocumentHandling;
import vn.officialmail.gateway.handling.HandlingStatus;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.web.ConsoleNavigation;
import vn.officialmail.gateway.web.ConsoleText;

/**
 * {@code GET /console/handling}: the tracking register (sổ theo dõi giải quyết văn bản đến), open
 * and urgent documents first, overdue ones flagged, filtered by status and (for readers of every
 * unit) lead unit; each number opens the document's handling page.
 */
@Controller
class HandlingRegisterPage {

    static final String PATH = "/console/handling";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int LIMIT = 500;

    private final DocumentHandling handling;
    private final Directory directory;

    HandlingRegisterPage(DocumentHandling handling, Directory directory) {
        this.handling = handling;
        this.directory = directory;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String register(
            HttpServletRequest request,
            @RequestParam Optional<String> unit,
            @RequestParam Optional<String> status,
            @AuthenticationPrincipal GatewayUser reader) {
        ConsoleText text = ConsoleText.of(request);
        Optional<String> scope = HandlingScope.unitFor(reader, unit);
        Optional<HandlingStatus> wanted = status.filter(s -> !s.isBlank()).flatMap(HandlingRegisterPage::status);
        StringBuilder body = new StringBuilder("<h1>")
                .append(text.get("handling.title"))
                .append("</h1><form class=\"filters\" id=\"handling-filters\" method=\"get\" action=\"")
                .append(PATH)
                .append("\"><label for=\"status\">")
                .append(text.get("handling.status"))
                .append("<select id=\"status\" name=\"status\"><option value=\"\">")
                .append(text.get("filter.any"))
                .append("</option>");
        for (HandlingStatus s : HandlingStatus.values()) {
            body.append("<option value=\"")
                    .append(s.name())
                    .append('"')
                    .append(wanted.filter(s::equals).isPresent() ? " selected" : "")
                    .append('>')
                    .append(text.get("handling.status." + s.name()))
                    .append("</option>");
        }
        body.append("</select></label>");
        if (HandlingScope.seesEveryUnit(reader)) {
            body.append(DashboardPage.unitSelect(text, directory.units(), scope));
        }
        body.append("<button type=\"submit\">").append(text.get("filter.apply")).append("</button></form>");
        List<DocumentHandling.TrackingLine> lines = handling.tracking(scope, wanted, LIMIT);
        long overdue =
                lines.stream().filter(DocumentHandling.TrackingLine::overdue).count();
        body.append("<p id=\"handling-total\">")
                .append(text.format("handling.total", lines.size(), overdue))
                .append("</p>");
        List<List<String>> rows = new ArrayList<>();
        for (DocumentHandling.TrackingLine line : lines) {
            rows.add(List.of(
                    "<a href=\"" + HandlingDocumentPage.pathOf(line.number()) + "\">" + Html.escape(line.number())
                            + "</a>",
                    Html.escape(line.document()),
                    line.urgent() ? "<strong>" + text.get("handling.urgent") + "</strong>" : "",
                    Html.escape(line.leadUnit().map(this::unitName).orElse("—")),
                    Html.escape(line.leadPerson().orElse("—")),
                    line.deadline().map(DAY::format).orElse("—"),
                    line.overdue()
                            ? "<span class=\"bad\">"
                                    + text.get(
                                            "handling.status." + line.status().name()) + " · "
                                    + text.get("handling.overdue") + "</span>"
                            : text.get("handling.status." + line.status().name()),
                    Html.escape(line.answerReference().orElse(""))));
        }
        body.append(Html.table(
                "handling-register",
                text.get("handling.caption"),
                List.of(
                        text.get("handling.number"),
                        text.get("handling.document"),
                        text.get("handling.urgency"),
                        text.get("handling.leadUnit"),
                        text.get("handling.leadPerson"),
                        text.get("handling.deadline"),
                        text.get("handling.status"),
                        text.get("handling.answer")),
                rows));
        return text.consolePage("handling.title", body.toString(), ConsoleNavigation.linksFor(reader));
    }

    private String unitName(String code) {
        return directory.unit(code).map(u -> u.name() + " (" + code + ")").orElse(code);
    }

    private static Optional<HandlingStatus> status(String name) {
        try {
            return Optional.of(HandlingStatus.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
