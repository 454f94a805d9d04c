package vn.officialmail.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.officialmail.gateway.message.MessagePage;
import vn.officialmail.gateway.message.MessageQuery;
import vn.officialmail.gateway.message.MessageRecord;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.message.MessageState;
import vn.officialmail.gateway.quarantine.QuarantineDecisions;
import vn.officialmail.gateway.reports.ComplianceFigures;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.web.ConsoleHome;
import vn.officialmail.gateway.web.ConsoleNavigation;
import vn.officialmail.gateway.web.ConsoleText;
import vn.officialmail.gateway.web.RequestText;

/**
 * {@code GET /console/quarantine}: the held mail, oldest first, each with a form to release or
 * reject it; both need a reason (required field, at most 2,000 characters) and post with the CSRF
 * token to {@code /console/quarantine/{id}/release} or {@code /reject}, which decide through
 * {@link QuarantineDecisions} (audited, once) and come back here with the outcome.
 */
@Controller
class QuarantinePage {

    static final String PATH = "/console/quarantine";
    private static final int MAX_REASON = 2000;

    private final MessageRecords records;
    private final QuarantineDecisions decisions;
    private final ZoneId zone;

    QuarantinePage(MessageRecords records, QuarantineDecisions decisions, ComplianceFigures figures) {
        this.records = records;
        this.decisions = decisions;
        this.zone = figures.zone();
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String queue(
            HttpServletRequest request,
            CsrfToken csrf,
            @RequestParam Optional<String> done,
            @RequestParam Optional<String> error,
            @AuthenticationPrincipal GatewayUser reader) {
        ConsoleText text = ConsoleText.of(request);
        StringBuilder body =
                new StringBuilder("<h1>").append(text.get("quarantine.title")).append("</h1>");
        done.filter(d -> d.matches("(released|rejected)-[0-9]{1,19}")).ifPresent(d -> body.append(
                        "<p role=\"status\" id=\"outcome\" class=\"ok\">")
                .append(text.format("quarantine." + d.substring(0, d.indexOf('-')), d.substring(d.indexOf('-') + 1)))
                .append("</p>"));
        error.filter(e -> e.matches("(reason|gone|tooLong)"))
                .ifPresent(e -> body.append("<p role=\"alert\" id=\"outcome\" class=\"alert\">")
                        .append(text.get("quarantine.error." + e))
                        .append("</p>"));
        MessagePage held = records.find(new MessageQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(MessageState.QUARANTINED.name()),
                0,
                200));
        body.append("<p id=\"held-total\">")
                .append(text.format("quarantine.total", held.total()))
                .append("</p>");
        for (MessageRecord r : held.items()) {
            String id = Long.toString(r.id());
            body.append("<section class=\"held\" id=\"held-")
                    .append(id)
                    .append("\" aria-labelledby=\"held-")
                    .append(id)
                    .append("-h\"><h2 id=\"held-")
                    .append(id)
                    .append("-h\"><a href=\"")
                    .append(MessageDetailPage.PATH)
                    .append('/')
                    .append(id)
                    .append("\">")
                    .append(Html.escape(r.subject().filter(s -> !s.isBlank()).orElse("(" + id + ")")))
                    .append("</a></h2><p>")
                    .append(text.get("message.from"))
                    .append(": ")
                    .append(Html.escape(r.fromAddress().orElse(r.mailFrom())))
                    .append(" · ")
                    .append(Html.time(r.receivedAt(), zone))
                    .append("<br>")
                    .append(text.get("quarantine.why"))
                    .append(": ")
                    .append(Html.escape(r.errorReason().orElse("—")))
                    .append("</p>");
            for (String action : new String[] {"release", "reject"}) {
                String field = action + "-reason-" + id;
                body.append("<form method=\"post\" action=\"")
                        .append(PATH)
                        .append('/')
                        .append(id)
                        .append('/')
                        .append(action)
                        .append("\">")
                        .append(ConsoleHome.csrfField(csrf))
                        .append("<label for=\"")
                        .append(field)
                        .append("\">")
                        .append(text.get("quarantine." + action + "Reason"))
                        .append("</label> ")
                        .append("<input id=\"")
                        .append(field)
                        .append("\" name=\"reason\" required maxlength=\"")
                        .append(MAX_REASON)
                        .append("\" size=\"50\"> ")
                        .append("<button type=\"submit\" id=\"")
                        .append(action)
                        .append('-')
                        .append(id)
                        .append("\">")
                        .append(text.get("quarantine." + action))
                        .append("</button></form>");
            }
            body.append("</section>");
        }
        return text.consolePage("quarantine.title", body.toString(), ConsoleNavigation.linksFor(reader));
    }

    @PostMapping(PATH + "/{id}/release")
    String release(
            @PathVariable long id,
            @RequestParam Optional<String> reason,
            @AuthenticationPrincipal GatewayUser officer) {
        return decide(id, reason, officer, true);
    }

    @PostMapping(PATH + "/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam Optional<String> reason,
            @AuthenticationPrincipal GatewayUser officer) {
        return decide(id, reason, officer, false);
    }

    private String decide(long id, Optional<String> reason, GatewayUser officer, boolean release) {
        String why;
        try {
            Optional<String> given = RequestText.of(reason.orElse(null), MAX_REASON);
            if (given.isEmpty()) {
                return "redirect:" + PATH + "?error=reason";
            }
            why = given.get();
        } catch (RequestText.TooLongException e) {
            return "redirect:" + PATH + "?error=tooLong";
        }
        QuarantineDecisions.Outcome outcome = release
                ? decisions.release(id, officer.username(), why)
                : decisions.reject(id, officer.username(), why);
        if (outcome != QuarantineDecisions.Outcome.DONE) {
            return "redirect:" + PATH + "?error=gone";
        }
        return "redirect:" + PATH + "?done=" + (release ? "released-" : "rejected-") + id;
    }
}
