package vn.officialmail.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.calendar.WorkingCalendar;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.handling.AssignmentNotices;
import vn.officialmail.gateway.handling.DocumentHandling;
import vn.officialmail.gateway.handling.HandlingStatus;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.web.ConsoleHome;
import vn.officialmail.gateway.web.ConsoleNavigation;
import vn.officialmail.gateway.web.ConsoleText;
import vn.officialmail.gateway.web.RequestText;

/**
 * {@code GET /console/handling/{year}/{number}}: one incoming document's handling slip (phiếu giải
 * quyết văn bản đến) and its history, with the forms the API offers: assign (again, unless done)
 * and move on (in progress, done with the answering document, returned) to the statuses allowed
 * from the current one. The forms post with the CSRF token and go through the same services and
 * checks as {@code /api/handling}: assigning notifies the assignee by e-mail, every step is audited.
 * Unit heads and delegates open only documents whose lead unit is theirs.
 */
@Controller
class HandlingDocumentPage {

    private static final String PATH = HandlingRegisterPage.PATH + "/{year:\\d+}/{number:\\d+}";
    private static final int MAX_TEXT = 4000;
    private static final int MAX_WORKING_DAYS = 365;
    private static final Set<String> ERRORS =
            Set.of("lead", "both", "days", "date", "unit", "tooLong", "answer", "notAllowed", "status");

    private final DocumentHandling handling;
    private final AssignmentNotices notices;
    private final Directory directory;
    private final WorkingCalendar calendar;
    private final ZoneId zone;

    HandlingDocumentPage(
            DocumentHandling handling, AssignmentNotices notices, Directory directory, WorkingCalendar calendar) {
        this.handling = handling;
        this.notices = notices;
        this.directory = directory;
        this.calendar = calendar;
        this.zone = calendar.zone();
    }

    /** The page of incoming number "12/2026". */
    static String pathOf(String number) {
        String[] parts = number.split("/");
        return HandlingRegisterPage.PATH + "/" + parts[1] + "/" + parts[0];
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String document(
            HttpServletRequest request,
            CsrfToken csrf,
            @PathVariable int year,
            @PathVariable long number,
            @RequestParam Optional<String> done,
            @RequestParam Optional<String> error,
            @AuthenticationPrincipal GatewayUser reader) {
        ConsoleText text = ConsoleText.of(request);
        long entry = entry(year, number);
        Optional<DocumentHandling.Slip> slip = handling.slipOf(entry);
        HandlingScope.require(reader, slip.flatMap(DocumentHandling.Slip::leadUnit));
        DocumentHandling.Document document = handling.documentOf(entry).orElseThrow();
        String self = HandlingRegisterPage.PATH + "/" + year + "/" + number;
        StringBuilder body = new StringBuilder("<h1>")
                .append(text.format("handling.document.title", document.number()))
                .append("</h1>");
        done.filter(d -> d.matches("assigned|moved"))
                .ifPresent(d -> body.append("<p role=\"status\" id=\"outcome\" class=\"ok\">")
                        .append(text.get("handling.done." + d))
                        .append("</p>"));
        error.filter(ERRORS::contains).ifPresent(e -> body.append("<p role=\"alert\" id=\"outcome\" class=\"alert\">")
                .append(text.get("handling.error." + e))
                .append("</p>"));
        body.append("<dl id=\"handling-slip\"><dt>")
                .append(text.get("handling.document"))
                .append("</dt><dd>")
                .append(Html.escape(document.document().isEmpty() ? "—" : document.document()))
                .append(document.urgent() ? " <strong>(" + text.get("handling.urgent") + ")</strong>" : "")
                .append("</dd><dt>")
                .append(text.get("handling.subject"))
                .append("</dt><dd>")
                .append(Html.escape(document.subject()))
                .append("</dd>");
        if (slip.isEmpty()) {
            body.append("<dt>")
                    .append(text.get("handling.status"))
                    .append("</dt><dd id=\"slip-status\">")
                    .append(text.get("handling.notAssigned"))
                    .append("</dd></dl>");
        } else {
            DocumentHandling.Slip s = slip.get();
            boolean overdue =
                    s.deadline().filter(d -> d.isBefore(calendar.today())).isPresent()
                            && s.status() != HandlingStatus.DONE
                            && s.status() != HandlingStatus.RETURNED;
            fact(
                    body,
                    text.get("handling.leadUnit"),
                    s.leadUnit().map(this::unitName).orElse("—"));
            fact(body, text.get("handling.leadPerson"), s.leadPerson().orElse("—"));
            fact(
                    body,
                    text.get("handling.coUnits"),
                    s.coUnits().isEmpty()
                            ? "—"
                            : String.join(
                                    ", ",
                                    s.coUnits().stream().map(this::unitName).toList()));
            fact(body, text.get("handling.instruction"), s.instruction().orElse("—"));
            fact(
                    body,
                    text.get("handling.deadline"),
                    s.deadline().map(HandlingRegisterPage.DAY::format).orElse("—"));
            body.append("<dt>")
                    .append(text.get("handling.status"))
                    .append("</dt><dd id=\"slip-status\"")
                    .append(overdue ? " class=\"bad\">" : ">")
                    .append(text.get("handling.status." + s.status().name()))
                    .append(overdue ? " · " + text.get("handling.overdue") : "")
                    .append("</dd>");
            fact(body, text.get("handling.answer"), s.answerReference().orElse("—"));
            body.append("</dl>");
            steps(body, text, entry);
            if (!s.status().next().isEmpty()) {
                moveForm(body, text, csrf, self, s.status());
            }
        }
        if (slip.isEmpty() || slip.get().status() != HandlingStatus.DONE) {
            assignForm(body, text, csrf, self, reader);
        }
        body.append("<p><a href=\"")
                .append(HandlingRegisterPage.PATH)
                .append("\">")
                .append(text.get("handling.back"))
                .append("</a></p>");
        return text.consolePage("handling.title", body.toString(), ConsoleNavigation.linksFor(reader));
    }

    @PostMapping(PATH + "/assign")
    String assign(
            @PathVariable int year,
            @PathVariable long number,
            @RequestParam Optional<String> leadUnit,
            @RequestParam Optional<String> leadPerson,
            @RequestParam Optional<String> coUnits,
            @RequestParam Optional<String> instruction,
            @RequestParam Optional<String> deadline,
            @RequestParam Optional<String> workingDays,
            @AuthenticationPrincipal GatewayUser actor) {
        long entry = entry(year, number);
        HandlingScope.require(actor, handling.slipOf(entry).flatMap(DocumentHandling.Slip::leadUnit));
        String self = "redirect:" + HandlingRegisterPage.PATH + "/" + year + "/" + number;
        Optional<String> unit;
        Optional<String> person;
        Optional<String> co;
        Optional<String> said;
        Optional<String> date;
        Optional<String> days;
        try {
            unit = text(leadUnit);
            person = text(leadPerson);
            co = text(coUnits);
            said = text(instruction);
            date = text(deadline);
            days = text(workingDays);
        } catch (RequestText.TooLongException e) {
            return self + "?error=tooLong";
        }
        if (unit.isEmpty() && person.isEmpty()) {
            return self + "?error=lead";
        }
        if (date.isPresent() && days.isPresent()) {
            return self + "?error=both";
        }
        List<String> coCodes = co.map(c -> Arrays.stream(c.split("[,;\\s]+"))
                        .filter(x -> !x.isBlank())
                        .limit(50)
                        .toList())
                .orElse(List.of());
        if (unit.filter(u -> directory.unit(u).isEmpty()).isPresent()
                || coCodes.stream().anyMatch(c -> directory.unit(c).isEmpty())) {
            return self + "?error=unit";
        }
        // A unit head hands work to their own unit; reassigning elsewhere goes through the clerk.
        if (!HandlingScope.seesEveryUnit(actor) && !HandlingScope.follows(actor, unit)) {
            return self + "?error=unit";
        }
        Optional<LocalDate> due;
        Optional<Integer> inDays;
        try {
            due = date.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return self + "?error=date";
        }
        try {
            inDays = days.map(Integer::valueOf);
        } catch (NumberFormatException e) {
            return self + "?error=days";
        }
        if (inDays.filter(n -> n < 0 || n > MAX_WORKING_DAYS).isPresent()) {
            return self + "?error=days";
        }
        DocumentHandling.Outcome outcome = notices.assignAndNotify(
                entry, new DocumentHandling.Assignment(unit, person, coCodes, said, due, inDays), actor.username());
        return outcome == DocumentHandling.Outcome.DONE ? self + "?done=assigned" : self + "?error=notAllowed";
    }

    @PostMapping(PATH + "/status")
    String move(
            @PathVariable int year,
            @PathVariable long number,
            @RequestParam Optional<String> status,
            @RequestParam Optional<String> note,
            @RequestParam Optional<String> answer,
            @AuthenticationPrincipal GatewayUser actor) {
        long entry = entry(year, number);
        Optional<DocumentHandling.Slip> slip = handling.slipOf(entry);
        HandlingScope.require(actor, slip.flatMap(DocumentHandling.Slip::leadUnit));
        String self = "redirect:" + HandlingRegisterPage.PATH + "/" + year + "/" + number;
        HandlingStatus to;
        try {
            to = HandlingStatus.valueOf(status.orElse(""));
        } catch (IllegalArgumentException e) {
            return self + "?error=status";
        }
        if (to == HandlingStatus.ASSIGNED) {
            return self + "?error=status";
        }
        Optional<String> said;
        Optional<String> answering;
        try {
            said = text(note);
            answering = text(answer);
        } catch (RequestText.TooLongException e) {
            return self + "?error=tooLong";
        }
        if (to == HandlingStatus.DONE && said.isEmpty() && answering.isEmpty()) {
            return self + "?error=answer";
        }
        DocumentHandling.Outcome outcome = handling.move(entry, to, said, answering, actor.username());
        return outcome == DocumentHandling.Outcome.DONE ? self + "?done=moved" : self + "?error=notAllowed";
    }

    private void steps(StringBuilder body, ConsoleText text, long entry) {
        List<List<String>> rows = new ArrayList<>();
        for (DocumentHandling.Step step : handling.steps(entry)) {
            rows.add(List.of(
                    Html.time(step.at(), zone),
                    text.get("handling.status." + step.status().name()),
                    Html.escape(step.actor()),
                    Html.escape(step.note().orElse(""))
                            + step.messageRecordId()
                                    .map(id -> " <span>(" + text.get("handling.byMail") + " " + id + ")</span>")
                                    .orElse("")));
        }
        body.append(Html.table(
                "handling-steps",
                text.get("handling.steps"),
                List.of(
                        text.get("handling.when"),
                        text.get("handling.status"),
                        text.get("handling.actor"),
                        text.get("handling.note")),
                rows));
    }

    private void assignForm(StringBuilder body, ConsoleText text, CsrfToken csrf, String self, GatewayUser reader) {
        List<Unit> units = HandlingScope.seesEveryUnit(reader)
                ? directory.units()
                : directory.units().stream()
                        .filter(u -> reader.unitCode().equals(Optional.of(u.code())))
                        .toList();
        body.append("<h2 id=\"assign-h\">")
                .append(text.get("handling.assign"))
                .append("</h2><form class=\"filters\" id=\"assign-form\" method=\"post\" action=\"")
                .append(self)
                .append("/assign\">")
                .append(ConsoleHome.csrfField(csrf))
                .append("<label for=\"leadUnit\">")
                .append(text.get("handling.leadUnit"))
                .append("<select id=\"leadUnit\" name=\"leadUnit\"><option value=\"\">—</option>");
        for (Unit u : units) {
            body.append("<option value=\"")
                    .append(Html.escape(u.code()))
                    .append("\">")
                    .append(Html.escape(u.name()))
                    .append("</option>");
        }
        body.append("</select></label>");
        input(body, "leadPerson", text.get("handling.leadPerson"), "email", "maxlength=\"512\"");
        input(body, "coUnits", text.get("handling.coUnitsHint"), "text", "maxlength=\"1000\"");
        input(body, "instruction", text.get("handling.instruction"), "text", "maxlength=\"4000\" size=\"50\"");
        input(body, "deadline", text.get("handling.deadline"), "date", "");
        input(body, "workingDays", text.get("handling.workingDays"), "number", "min=\"0\" max=\"365\"");
        body.append("<button type=\"submit\" id=\"assign\">")
                .append(text.get("handling.assign"))
                .append("</button></form>");
    }

    private static void moveForm(
            StringBuilder body, ConsoleText text, CsrfToken csrf, String self, HandlingStatus current) {
        body.append("<h2 id=\"move-h\">")
                .append(text.get("handling.move"))
                .append("</h2><form class=\"filters\" id=\"move-form\" method=\"post\" action=\"")
                .append(self)
                .append("/status\">")
                .append(ConsoleHome.csrfField(csrf))
                .append("<label for=\"move-status\">")
                .append(text.get("handling.status"))
                .append("<select id=\"move-status\" name=\"status\">");
        for (HandlingStatus s : HandlingStatus.values()) {
            if (current.next().contains(s)) {
                body.append("<option value=\"")
                        .append(s.name())
                        .append("\">")
                        .append(text.get("handling.status." + s.name()))
                        .append("</option>");
            }
        }
        body.append("</select></label>");
        input(body, "note", text.get("handling.note"), "text", "maxlength=\"4000\" size=\"40\"");
        input(body, "answer", text.get("handling.answerHint"), "text", "maxlength=\"128\"");
        body.append("<button type=\"submit\" id=\"move\">")
                .append(text.get("handling.record"))
                .append("</button></form>");
    }

    private static void input(StringBuilder body, String id, String label, String type, String extra) {
        body.append("<label for=\"")
                .append(id)
                .append("\">")
                .append(label)
                .append("<input id=\"")
                .append(id)
                .append("\" name=\"")
                .append(id)
                .append("\" type=\"")
                .append(type)
                .append("\" ")
                .append(extra)
                .append("></label>");
    }

    private static void fact(StringBuilder body, String label, String value) {
        body.append("<dt>")
                .append(label)
                .append("</dt><dd>")
                .append(Html.escape(value))
                .append("</dd>");
    }

    private String unitName(String code) {
        return directory.unit(code).map(u -> u.name() + " (" + code + ")").orElse(code);
    }

    private long entry(int year, long number) {
        return handling.entryOf(year, number)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Không có văn bản đến số " + number + "/" + year + " / no such entry"));
    }

    private static Optional<String> text(Optional<String> value) {
        return RequestText.of(value.orElse(null), MAX_TEXT);
    }
}
