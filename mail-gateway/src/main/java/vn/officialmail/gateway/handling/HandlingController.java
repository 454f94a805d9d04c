package vn.officialmail.gateway.handling;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.web.RequestText;

/**
 * {@code POST /api/handling/{year}/{number}/assign} (the handling slip), {@code POST
 * /api/handling/{year}/{number}/status} (in progress, done with the answering document, returned)
 * and {@code GET /api/handling} (the tracking register; filters {@code unit}, {@code status}); {@code
 * GET /api/handling/{year}/{number}} (one slip and its history). Assigning notifies the assignee by
 * e-mail ({@link AssignmentNotices}). Unit heads and delegates follow their own unit's documents only
 * ({@link HandlingAccess}): the register is theirs whatever {@code unit} asks, another unit's slip
 * answers 403, and they assign within their unit.
 */
@RestController
class HandlingController {

    private static final int MAX_TEXT = 4000;
    private static final int MAX_WORKING_DAYS = 365;

    private final DocumentHandling handling;
    private final AssignmentNotices notices;

    HandlingController(DocumentHandling handling, AssignmentNotices notices) {
        this.handling = handling;
        this.notices = notices;
    }

    /** A document's slip and its history (steps that came by e-mail name their message). */
    record Detail(DocumentHandling.Slip slip, List<DocumentHandling.Step> steps) {}

    record AssignmentRequest(
            String leadUnit,
            String leadPerson,
            List<String> coUnits,
            String instruction,
            LocalDate deadline,
            Integer workingDays) {}

    record StatusRequest(HandlingStatus status, String note, String answer) {}

    @PostMapping("/api/handling/{year}/{number}/assign")
    void assign(
            @PathVariable int year,
            @PathVariable long number,
            @RequestBody AssignmentRequest body,
            @AuthenticationPrincipal GatewayUser actor) {
        if (body == null
                || text(body.leadUnit()).isEmpty() && text(body.leadPerson()).isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Cần đơn vị hoặc người chủ trì / a lead unit or person is required");
        }
        if (body.deadline() != null && body.workingDays() != null) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Chỉ ghi hạn theo ngày hoặc theo số ngày làm việc / give deadline or workingDays, not both");
        }
        if (body.workingDays() != null && (body.workingDays() < 0 || body.workingDays() > MAX_WORKING_DAYS)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Số ngày làm việc phải từ 0 đến " + MAX_WORKING_DAYS + " / workingDays must be between 0 and "
                            + MAX_WORKING_DAYS + ": " + body.workingDays());
        }
        long entry = entry(year, number);
        HandlingAccess.require(actor, handling.slipOf(entry).flatMap(DocumentHandling.Slip::leadUnit));
        if (!HandlingAccess.seesEveryUnit(actor) && !HandlingAccess.follows(actor, text(body.leadUnit()))) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Chỉ giao trong đơn vị của mình / assign within your own unit");
        }
        answer(
                notices.assignAndNotify(
                        entry,
                        new DocumentHandling.Assignment(
                                text(body.leadUnit()),
                                text(body.leadPerson()),
                                body.coUnits() == null
                                        ? List.of()
                                        : body.coUnits().stream()
                                                .map(HandlingController::text)
                                                .flatMap(Optional::stream)
                                                .limit(50)
                                                .toList(),
                                text(body.instruction()),
                                Optional.ofNullable(body.deadline()),
                                Optional.ofNullable(body.workingDays())),
                        actor.username()),
                number + "/" + year);
    }

    @PostMapping("/api/handling/{year}/{number}/status")
    void move(
            @PathVariable int year,
            @PathVariable long number,
            @RequestBody StatusRequest body,
            @AuthenticationPrincipal GatewayUser actor) {
        if (body == null || body.status() == null || body.status() == HandlingStatus.ASSIGNED) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "status must be IN_PROGRESS, DONE or RETURNED (assign with /assign)");
        }
        if (body.status() == HandlingStatus.DONE
                && text(body.answer()).isEmpty()
                && text(body.note()).isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Cần số, ký hiệu văn bản trả lời hoặc ghi chú / the answering document or a note is required");
        }
        long entry = entry(year, number);
        HandlingAccess.require(actor, handling.slipOf(entry).flatMap(DocumentHandling.Slip::leadUnit));
        answer(
                handling.move(entry, body.status(), text(body.note()), text(body.answer()), actor.username()),
                number + "/" + year);
    }

    @GetMapping("/api/handling/{year}/{number}")
    Detail detail(@PathVariable int year, @PathVariable long number, @AuthenticationPrincipal GatewayUser reader) {
        long entry = entry(year, number);
        DocumentHandling.Slip slip = handling.slipOf(entry)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Văn bản " + number + "/" + year + " chưa được giao / not assigned yet"));
        HandlingAccess.require(reader, slip.leadUnit());
        return new Detail(slip, handling.steps(entry));
    }

    @GetMapping("/api/handling")
    List<DocumentHandling.TrackingLine> tracking(
            @RequestParam Optional<String> unit,
            @RequestParam Optional<HandlingStatus> status,
            @RequestParam(defaultValue = "200") int limit,
            @AuthenticationPrincipal GatewayUser reader) {
        return handling.tracking(HandlingAccess.unitFor(reader, unit), status, limit);
    }

    private long entry(int year, long number) {
        return handling.entryOf(year, number)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Không có văn bản đến số " + number + "/" + year + " / no such entry"));
    }

    private static void answer(DocumentHandling.Outcome outcome, String number) {
        switch (outcome) {
            case NOT_FOUND ->
                throw new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Văn bản " + number + " chưa được giao / not assigned yet");
            case NOT_ALLOWED ->
                throw new ResponseStatusException(
                        HttpStatus.CONFLICT,
                        "Không thể chuyển trạng thái văn bản " + number + " / not allowed from its current status");
            case DONE -> {}
        }
    }

    private static Optional<String> text(String value) {
        return RequestText.of(value, MAX_TEXT);
    }
}
