package vn.officialmail.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.classification.DocumentClassifications;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.classification.SecretMessages;
import vn.officialmail.gateway.compliance.Violation;
import vn.officialmail.gateway.compliance.Violations;
import vn.officialmail.gateway.message.MessageAccess;
import vn.officialmail.gateway.message.MessageRecord;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.message.StoredAttachment;
import vn.officialmail.gateway.reports.ComplianceFigures;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.web.ConsoleNavigation;
import vn.officialmail.gateway.web.ConsoleText;

/**
 * {@code GET /console/messages/{id}}: one message as the compliance officer needs it: envelope,
 * verdict and its reasons, document type and legal metadata, the violations and attachments. A
 * unit head or delegate sees the messages of their unit, as search finds them ({@link
 * MessageAccess}), and those with a violation of their unit; nobody but the compliance role a
 * secret-marked one: to the others the message does not exist (404).
 */
@Controller
class MessageDetailPage {

    static final String PATH = "/console/messages";

    private final MessageRecords records;
    private final Violations violations;
    private final DocumentClassifications classifications;
    private final SecretMessages secrets;
    private final AuditLog audit;
    private final MessageAccess access;
    private final ZoneId zone;

    MessageDetailPage(
            MessageRecords records,
            Violations violations,
            DocumentClassifications classifications,
            SecretMessages secrets,
            AuditLog audit,
            ComplianceFigures figures,
            MessageAccess access) {
        this.audit = audit;
        this.access = access;
        this.records = records;
        this.violations = violations;
        this.classifications = classifications;
        this.secrets = secrets;
        this.zone = figures.zone();
    }

    @GetMapping(value = PATH + "/{id}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String message(HttpServletRequest request, @PathVariable long id, @AuthenticationPrincipal GatewayUser reader) {
        ConsoleText text = ConsoleText.of(request);
        MessageRecord record = records.findById(id).orElseThrow(() -> notFound(id));
        List<Violation> found = violations.ofMessage(id);
        if (!reader.seesEverything()) {
            Optional<String> own = reader.unitCode();
            boolean ofOwnUnit =
                    own.isPresent() && found.stream().anyMatch(v -> v.unitCode().equals(own));
            boolean readable = access.mayRead(reader, record) || ofOwnUnit && !secrets.isSecret(id);
            if (!readable) {
                throw notFound(id);
            }
        }
        Optional<DocumentFacts> document = classifications.find(id);
        StringBuilder body = new StringBuilder("<h1 id=\"message-subject\">")
                .append(Html.escape(record.subject().filter(s -> !s.isBlank()).orElse("(" + id + ")")))
                .append("</h1><dl id=\"message-facts\">");
        fact(body, text.get("message.from"), Html.escape(record.fromAddress().orElse(record.mailFrom())));
        fact(body, text.get("message.to"), Html.escape(String.join(", ", record.recipients())));
        fact(body, text.get("message.received"), Html.time(record.receivedAt(), zone));
        fact(body, text.get("message.channel"), Html.escape(record.channel().orElse("—")));
        fact(body, text.get("message.reasons"), Html.escape(String.join("; ", record.channelReasons())));
        fact(body, text.get("message.state"), Html.escape(record.state()));
        record.errorReason().ifPresent(r -> fact(body, text.get("message.note"), Html.escape(r)));
        document.ifPresent(d -> {
            fact(body, text.get("event.type"), Html.escape(d.typeName().orElse(d.type())));
            d.numberSymbol().ifPresent(n -> fact(body, text.get("message.numberSymbol"), Html.escape(n)));
            d.issuer().ifPresent(n -> fact(body, text.get("message.issuer"), Html.escape(n)));
            d.secrecy().ifPresent(n -> fact(body, text.get("message.secrecy"), Html.escape(n)));
        });
        body.append("</dl>");
        List<List<String>> rows = new ArrayList<>();
        for (Violation v : found) {
            rows.add(List.of(
                    text.get("kind." + v.kind().name()),
                    text.get("direction." + v.direction()),
                    Html.escape(v.counterpartAddress()),
                    Html.escape(v.unitCode().orElse(ComplianceFigures.NO_UNIT)),
                    text.get("action." + v.action())));
        }
        body.append(Html.table(
                "message-violations",
                text.get("message.violations"),
                List.of(
                        text.get("event.kind"),
                        text.get("event.direction"),
                        text.get("event.counterpart"),
                        text.get("event.unit"),
                        text.get("event.action")),
                rows));
        List<List<String>> attachments = new ArrayList<>();
        for (StoredAttachment a : records.attachments(id)) {
            attachments.add(
                    List.of(Html.escape(a.fileName().orElse("—")), Html.escape(a.mediaType()), "#" + a.sizeBytes()));
        }
        body.append(Html.table(
                "message-attachments",
                text.get("message.attachments"),
                List.of(text.get("message.fileName"), text.get("message.mediaType"), "#" + text.get("message.size")),
                attachments));
        List<List<String>> events = new ArrayList<>();
        for (AuditLog.Entry e : audit.about("message", Long.toString(id), 200)) {
            events.add(List.of(
                    Html.time(e.at(), zone),
                    Html.escape(e.actor()),
                    Html.escape(e.action()),
                    Html.escape(e.details())));
        }
        body.append(Html.table(
                "message-audit",
                text.get("message.audit"),
                List.of(
                        text.get("event.time"),
                        text.get("message.actor"),
                        text.get("message.action"),
                        text.get("message.details")),
                events));
        return text.consolePage("message.title", body.toString(), ConsoleNavigation.linksFor(reader));
    }

    private static void fact(StringBuilder body, String label, String value) {
        body.append("<dt>").append(label).append("</dt><dd>").append(value).append("</dd>");
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có thư " + id + " / no message " + id);
    }
}
