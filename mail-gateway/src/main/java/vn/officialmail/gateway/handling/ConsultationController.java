package vn.officialmail.gateway.handling;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.officialmail.gateway.relay.OwnMessages;
import vn.officialmail.gateway.rendering.PdfTables;
import vn.officialmail.gateway.rendering.XlsxTables;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.web.Downloads;
import vn.officialmail.gateway.web.RequestText;

/**
 * Drafts for comments: {@code POST /api/handling/consultations} (send a draft to units with a
 * deadline), {@code GET /api/handling/consultations[/{id}]} (who has answered and who has not),
 * {@code GET /api/handling/consultations/{id}/table.xlsx|pdf} (the summary table of comments) and
 * {@code POST /api/handling/consultations/reminders} (send today's reminders now). Unit heads and
 * delegates are scoped as on the console ({@link HandlingAccess}): they ask for comments in their
 * own unit's name, see their unit's requests in full and of requests their unit was asked only
 * their unit's line (another's request answers 403), download the summary of their unit's
 * requests only, and remind the units late on their unit's requests only.
 */
@RestController
class ConsultationController {

    private static final int MAX_TEXT = 4000;
    /** 20 MB of draft, as base64. */
    private static final int MAX_DRAFT_BASE64 = 28_000_000;

    private final Consultations consultations;
    private final ConsultationReport report;
    private final ConsultationReminders reminders;

    ConsultationController(Consultations consultations, ConsultationReport report, ConsultationReminders reminders) {
        this.consultations = consultations;
        this.report = report;
        this.reminders = reminders;
    }

    record DraftFile(String fileName, String contentType, String base64) {}

    record RequestBodyJson(
            String title,
            List<String> units,
            LocalDate deadline,
            String note,
            String requestingUnit,
            DraftFile draft) {}

    @PostMapping("/api/handling/consultations")
    Map<String, Long> open(@RequestBody RequestBodyJson body, @AuthenticationPrincipal GatewayUser actor) {
        if (body == null
                || body.deadline() == null
                || body.units() == null
                || text(body.title()).isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Cần trích yếu, đơn vị góp ý và hạn góp ý / title, units and deadline are required");
        }
        try {
            long id = consultations.open(
                    new Consultations.Request(
                            text(body.title()).orElseThrow(),
                            body.units().stream()
                                    .map(ConsultationController::text)
                                    .flatMap(Optional::stream)
                                    .limit(Consultations.MAX_UNITS + 1)
                                    .toList(),
                            body.deadline(),
                            text(body.note()),
                            draft(body.draft()),
                            requestingUnit(actor, text(body.requestingUnit())),
                            Optional.empty()),
                    actor.username());
            return Map.of("id", id);
        } catch (Consultations.InvalidRequestException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @GetMapping("/api/handling/consultations")
    List<ConsultationReport.Summary> latest(
            @RequestParam(defaultValue = "50") int limit, @AuthenticationPrincipal GatewayUser reader) {
        Optional<String> unit = HandlingAccess.unitFor(reader, Optional.empty());
        return report.latest(unit, limit).stream()
                .map(s -> HandlingAccess.consultation(reader, s))
                .flatMap(Optional::stream)
                .toList();
    }

    @GetMapping("/api/handling/consultations/{id}")
    ConsultationReport.Summary summary(@PathVariable long id, @AuthenticationPrincipal GatewayUser reader) {
        return HandlingAccess.consultation(reader, found(id))
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.FORBIDDEN, "Đề nghị góp ý của đơn vị khác / another unit's request"));
    }

    @GetMapping("/api/handling/consultations/{id}/table.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @AuthenticationPrincipal GatewayUser reader) {
        return Downloads.attachment(
                XlsxTables.render(report.table(requested(id, reader)), "Góp ý"),
                "tong-hop-gop-y-" + id + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/api/handling/consultations/{id}/table.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal GatewayUser reader) {
        return Downloads.attachment(
                PdfTables.render(report.table(requested(id, reader))),
                "tong-hop-gop-y-" + id + ".pdf",
                MediaType.APPLICATION_PDF);
    }

    @PostMapping("/api/handling/consultations/reminders")
    Map<String, Integer> remind(@AuthenticationPrincipal GatewayUser actor) {
        return Map.of("sent", reminders.remindLate(HandlingAccess.unitFor(actor, Optional.empty())));
    }

    /** The unit asking: a unit head or delegate asks in their own unit's name only (the notices say who asks). */
    private static Optional<String> requestingUnit(GatewayUser actor, Optional<String> asked) {
        if (HandlingAccess.seesEveryUnit(actor)) {
            return asked;
        }
        String own = HandlingAccess.own(actor);
        if (asked.isPresent() && !asked.get().equals(own)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN,
                    "Chỉ lấy ý kiến thay mặt đơn vị của mình / request comments for your own unit '" + own + "' only");
        }
        return Optional.of(own);
    }

    /** The request, for its summary table: the requesting unit's (and administrators' and clerks'). */
    private ConsultationReport.Summary requested(long id, GatewayUser reader) {
        ConsultationReport.Summary summary = found(id);
        if (!HandlingAccess.followsRequest(reader, summary)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Chỉ đơn vị lấy ý kiến tải được bảng tổng hợp / for the requesting unit");
        }
        return summary;
    }

    private ConsultationReport.Summary found(long id) {
        return report.summary(id)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Không có đề nghị góp ý số " + id + " / no such request"));
    }

    private static Optional<OwnMessages.Attachment> draft(DraftFile draft) {
        if (draft == null || draft.base64() == null || draft.base64().isBlank()) {
            return Optional.empty();
        }
        if (draft.base64().length() > MAX_DRAFT_BASE64) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Dự thảo quá lớn / the draft is larger than 20 MB");
        }
        Optional<String> type = text(draft.contentType());
        if (type.isPresent() && !type.get().matches("[\\w.+-]{1,100}/[\\w.+-]{1,100}")) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "contentType must be a MIME type like application/pdf: " + type.get());
        }
        try {
            return Optional.of(new OwnMessages.Attachment(
                    text(draft.fileName()).orElse("du-thao"),
                    text(draft.contentType()).orElse("application/octet-stream"),
                    Base64.getMimeDecoder().decode(draft.base64())));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Tệp dự thảo không phải base64 / the draft is not valid base64");
        }
    }

    private static Optional<String> text(String value) {
        return RequestText.of(value, MAX_TEXT);
    }
}
