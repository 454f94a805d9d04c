package vn.officialmail.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.officialmail.gateway.classification.SecretMessages;
import vn.officialmail.gateway.compliance.AuditorSearches;
import vn.officialmail.gateway.compliance.Violation;
import vn.officialmail.gateway.compliance.ViolationKind;
import vn.officialmail.gateway.compliance.Violations;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.message.MessageRecord;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.reports.ComplianceFigures;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.web.ConsoleNavigation;
import vn.officialmail.gateway.web.ConsoleText;

/**
 * {@code GET /console/compliance/events}: the violations one by one (who, unit, direction,
 * counterpart, type, subject, time, action), newest first, with the dashboard's filters and
 * direction, domain, kind and document type; 50 a page. The subject links to the message.
 */
@Controller
class EventsPage {

    static final String PATH = "/console/compliance/events";
    private static final int SIZE = 50;
    private static final List<String> DIRECTIONS = List.of("INBOUND", "OUTBOUND", "INTERNAL");

    private final Violations violations;
    private final MessageRecords records;
    private final SecretMessages secrets;
    private final ComplianceFigures figures;
    private final Directory directory;
    private final Clock clock;
    private final AuditorSearches auditorSearches;

    EventsPage(
            Violations violations,
            MessageRecords records,
            SecretMessages secrets,
            ComplianceFigures figures,
            Directory directory,
            Clock clock,
            AuditorSearches auditorSearches) {
        this.violations = violations;
        this.records = records;
        this.secrets = secrets;
        this.figures = figures;
        this.directory = directory;
        this.clock = clock;
        this.auditorSearches = auditorSearches;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String events(
            HttpServletRequest request,
            @RequestParam Optional<String> from,
            @RequestParam Optional<String> to,
            @RequestParam Optional<String> unit,
            @RequestParam Optional<String> direction,
            @RequestParam Optional<String> domain,
            @RequestParam Optional<String> kind,
            @RequestParam Optional<String> type,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal GatewayUser reader) {
        ConsoleText text = ConsoleText.of(request);
        ZoneId zone = figures.zone();
        Optional<String> scope = ConsoleScope.unitFor(reader, unit);
        MonthRange range = MonthRange.of(from, to, figures.monthOf(clock.instant()));
        Optional<String> wantedDirection = bounded(direction).filter(DIRECTIONS::contains);
        Optional<String> wantedKind = bounded(kind).filter(k -> isKind(k));
        Optional<String> wantedDomain = bounded(domain).map(d -> d.toLowerCase(Locale.ROOT));
        Optional<String> wantedType = bounded(type);
        Violations.Query query = new Violations.Query(
                Optional.of(range.first().atDay(1).atStartOfDay(zone).toInstant()),
                Optional.of(
                        range.last().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()),
                wantedDirection,
                wantedDomain,
                wantedKind,
                scope,
                wantedType,
                Math.max(0, Math.min(page, 100_000)),
                SIZE);
        auditorSearches.record(reader, PATH, query.toString());
        Violations.Page found = violations.find(query);
        Set<Long> hidden = reader.seesEverything()
                ? Set.of()
                : secrets.secretAmong(
                        found.items().stream().map(Violation::messageId).toList());
        StringBuilder body =
                new StringBuilder("<h1>").append(text.get("events.title")).append("</h1>");
        if (range.invalid()) {
            body.append("<p class=\"alert\" role=\"alert\">")
                    .append(text.get("filter.invalid"))
                    .append("</p>");
        }
        body.append(filters(text, range, scope, wantedDirection, wantedDomain, wantedKind, wantedType, reader));
        body.append("<p id=\"events-total\" role=\"status\">")
                .append(text.format("events.total", found.total()))
                .append("</p>");
        List<List<String>> rows = new ArrayList<>();
        for (Violation v : found.items()) {
            Optional<MessageRecord> record = records.findById(v.messageId());
            String subject = hidden.contains(v.messageId())
                    ? text.get("message.secretHidden")
                    : "<a href=\"" + MessageDetailPage.PATH + "/" + v.messageId() + "\">"
                            + Html.escape(record.flatMap(MessageRecord::subject)
                                    .filter(s -> !s.isBlank())
                                    .orElse("(" + v.messageId() + ")"))
                            + "</a>";
            rows.add(List.of(
                    Html.time(v.occurredAt(), zone),
                    Html.escape(v.sender()),
                    Html.escape(v.unitCode().orElse(ComplianceFigures.NO_UNIT)),
                    text.get("direction." + v.direction()),
                    Html.escape(v.counterpartAddress()),
                    Html.escape(v.counterpartDomain()),
                    Html.escape(v.documentType().orElse("—")),
                    subject,
                    text.get("kind." + v.kind().name()),
                    text.get("action." + v.action())));
        }
        body.append(Html.table(
                "events",
                text.get("events.title"),
                List.of(
                        text.get("event.time"),
                        text.get("event.who"),
                        text.get("event.unit"),
                        text.get("event.direction"),
                        text.get("event.counterpart"),
                        text.get("event.domain"),
                        text.get("event.type"),
                        text.get("event.subject"),
                        text.get("event.kind"),
                        text.get("event.action")),
                rows));
        body.append(pager(text, request, found));
        return text.consolePage("events.title", body.toString(), ConsoleNavigation.linksFor(reader));
    }

    private static boolean isKind(String k) {
        for (ViolationKind kind : ViolationKind.values()) {
            if (kind.name().equals(k)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> bounded(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty() && v.length() <= 255);
    }

    private String filters(
            ConsoleText text,
            MonthRange range,
            Optional<String> scope,
            Optional<String> direction,
            Optional<String> domain,
            Optional<String> kind,
            Optional<String> type,
            GatewayUser reader) {
        StringBuilder form = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"" + PATH + "\">")
                .append(DashboardPage.monthField("from", text.get("filter.from"), range.first()))
                .append(DashboardPage.monthField("to", text.get("filter.to"), range.last()));
        if (reader.seesEverything()) {
            form.append(DashboardPage.unitSelect(text, directory.units(), scope));
        }
        form.append("<label for=\"direction\">")
                .append(text.get("event.direction"))
                .append("<select id=\"direction\" name=\"direction\"><option value=\"\">")
                .append(text.get("filter.any"))
                .append("</option>");
        for (String d : DIRECTIONS) {
            form.append("<option value=\"")
                    .append(d)
                    .append("\"")
                    .append(direction.filter(d::equals).isPresent() ? " selected" : "")
                    .append(">")
                    .append(text.get("direction." + d))
                    .append("</option>");
        }
        form.append("</select></label><label for=\"kind\">")
                .append(text.get("event.kind"))
                .append("<select id=\"kind\" name=\"kind\"><option value=\"\">")
                .append(text.get("filter.any"))
                .append("</option>");
        for (ViolationKind k : ViolationKind.values()) {
            form.append("<option value=\"")
                    .append(k.name())
                    .append("\"")
                    .append(kind.filter(k.name()::equals).isPresent() ? " selected" : "")
                    .append(">")
                    .append(text.get("kind." + k.name()))
                    .append("</option>");
        }
        form.append("</select></label>")
                .append(textField("domain", text.get("event.domain"), domain))
                .append(textField("type", text.get("event.type"), type))
                .append("<button type=\"submit\">")
                .append(text.get("filter.apply"))
                .append("</button></form>");
        return form.toString();
    }

    private static String textField(String name, String label, Optional<String> value) {
        return "<label for=\"" + name + "\">" + label + "<input id=\"" + name + "\" name=\"" + name
                + "\" maxlength=\"255\" value=\"" + Html.escape(value.orElse("")) + "\"></label>";
    }

    private static String pager(ConsoleText text, HttpServletRequest request, Violations.Page found) {
        StringBuilder nav = new StringBuilder("<nav aria-label=\"" + text.get("events.pages") + "\"><p>");
        String query =
                request.getQueryString() == null ? "" : request.getQueryString().replaceAll("(^|&)page=[^&]*", "");
        String base = PATH + "?" + (query.isEmpty() ? "" : query.replaceFirst("^&", "") + "&") + "page=";
        if (found.page() > 0) {
            nav.append("<a rel=\"prev\" href=\"")
                    .append(Html.escape(base + (found.page() - 1)))
                    .append("\">")
                    .append(text.get("events.previous"))
                    .append("</a> ");
        }
        if ((long) (found.page() + 1) * found.size() < found.total()) {
            nav.append("<a rel=\"next\" href=\"")
                    .append(Html.escape(base + (found.page() + 1)))
                    .append("\">")
                    .append(text.get("events.next"))
                    .append("</a>");
        }
        return nav.append("</p></nav>").toString();
    }
}
