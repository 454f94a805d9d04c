package vn.officialmail.gateway.dossier;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Retention through the API: schedules ({@code GET /api/dossiers/retention?year=}, {@code GET
 * /api/dossiers/{code}/retention}), the legal hold ({@code POST /api/dossiers/{code}/hold} and
 * {@code .../hold/lift}, each with {@code {"reason": …}}) and destruction ({@code POST
 * .../disposal} to propose with a reason, {@code .../disposal/approve} with {@code
 * {"decisionNumber", "decisionDate", "note"}} by another user of a role allowed to approve, {@code
 * .../disposal/reject}, {@code .../disposal/destroy}; {@code GET .../disposal} shows the record).
 */
@RestController
class RetentionController {

    private final Retention retention;
    private final Disposals disposals;
    private final TransactionTemplate transactions;

    RetentionController(Retention retention, Disposals disposals, TransactionTemplate transactions) {
        this.retention = retention;
        this.disposals = disposals;
        this.transactions = transactions;
    }

    record Reason(@Nullable String reason) {}

    record Decision(@Nullable String decisionNumber, @Nullable String decisionDate, @Nullable String note) {}

    @GetMapping("/api/dossiers/retention")
    List<RetentionSchedule> schedules(@RequestParam Optional<Integer> year) {
        int chosen = year.orElseGet(() -> LocalDate.now(Dossiers.VIETNAM).getYear());
        if (chosen < 1900 || chosen > 9999) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must be from 1900 to 9999");
        }
        return retention.schedules(chosen);
    }

    @GetMapping("/api/dossiers/{code}/retention")
    RetentionSchedule schedule(@PathVariable String code) {
        return retention.schedule(code).orElseThrow(() -> Retention.noSuchDossier(code));
    }

    @PostMapping("/api/dossiers/{code}/hold")
    RetentionSchedule hold(@PathVariable String code, @RequestBody(required = false) Reason body, Principal user) {
        transactions.executeWithoutResult(status -> retention.hold(code, reasonOf(body), user.getName()));
        return schedule(code);
    }

    @PostMapping("/api/dossiers/{code}/hold/lift")
    RetentionSchedule lift(@PathVariable String code, @RequestBody(required = false) Reason body, Principal user) {
        transactions.executeWithoutResult(status -> retention.lift(code, reasonOf(body), user.getName()));
        return schedule(code);
    }

    @GetMapping("/api/dossiers/{code}/disposal")
    Disposals.Disposal disposal(@PathVariable String code) {
        return disposals
                .find(code)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Chưa đề nghị hủy hồ sơ / no destruction proposed for this dossier"));
    }

    @PostMapping("/api/dossiers/{code}/disposal")
    Disposals.Disposal propose(@PathVariable String code, @RequestBody(required = false) Reason body, Principal user) {
        return disposals.propose(code, reasonOf(body), user.getName());
    }

    @PostMapping("/api/dossiers/{code}/disposal/approve")
    Disposals.Disposal approve(
            @PathVariable String code, @RequestBody(required = false) Decision body, Principal user) {
        if (body == null) {
            throw new RetentionRefused(
                    RetentionRefused.Why.BAD_INPUT,
                    "Cần {\"decisionNumber\": \"15/QĐ-BTP\", \"decisionDate\": \"2037-01-05\"} / the decision is"
                            + " required");
        }
        LocalDate date = null;
        if (body.decisionDate() != null && !body.decisionDate().isBlank()) {
            try {
                date = LocalDate.parse(body.decisionDate().strip());
            } catch (DateTimeParseException e) {
                throw new RetentionRefused(
                        RetentionRefused.Why.BAD_INPUT,
                        "Ngày quyết định theo dạng YYYY-MM-DD / decisionDate must be YYYY-MM-DD");
            }
        }
        return disposals.approve(code, body.decisionNumber(), date, body.note(), user.getName());
    }

    @PostMapping("/api/dossiers/{code}/disposal/reject")
    Disposals.Disposal reject(@PathVariable String code, @RequestBody(required = false) Reason body, Principal user) {
        return disposals.reject(code, reasonOf(body), user.getName());
    }

    @PostMapping("/api/dossiers/{code}/disposal/destroy")
    Disposals.Disposal destroy(@PathVariable String code, Principal user) {
        return disposals.destroy(code, user.getName());
    }

    @ExceptionHandler(RetentionRefused.class)
    org.springframework.http.ResponseEntity<org.springframework.http.ProblemDetail> refused(RetentionRefused e) {
        HttpStatus status =
                switch (e.why()) {
                    case NO_SUCH_DOSSIER -> HttpStatus.NOT_FOUND;
                    case BAD_INPUT -> HttpStatus.BAD_REQUEST;
                    case CONFLICT -> HttpStatus.CONFLICT;
                    case SAME_USER -> HttpStatus.FORBIDDEN;
                };
        return org.springframework.http.ResponseEntity.status(status)
                .body(org.springframework.http.ProblemDetail.forStatusAndDetail(status, e.getMessage()));
    }

    private static @Nullable String reasonOf(@Nullable Reason body) {
        return body == null ? null : body.reason();
    }
}
