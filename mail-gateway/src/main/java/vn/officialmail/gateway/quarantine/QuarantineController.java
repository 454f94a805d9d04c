package vn.officialmail.gateway.quarantine;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.officialmail.gateway.message.MessagePage;
import vn.officialmail.gateway.message.MessageQuery;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.message.MessageState;
import vn.officialmail.gateway.web.RequestText;

/**
 * {@code GET /api/quarantine} lists held mail with why it is held; {@code POST
 * /api/quarantine/{id}/release} and {@code /reject} decide, with a reason ({@code {"reason": "…"}}).
 */
@RestController
@RequestMapping("/api/quarantine")
class QuarantineController {

    private static final int MAX_REASON = 2000;

    private final MessageRecords records;
    private final QuarantineDecisions decisions;

    QuarantineController(MessageRecords records, QuarantineDecisions decisions) {
        this.records = records;
        this.decisions = decisions;
    }

    record Held(
            long id,
            java.time.Instant receivedAt,
            String mailFrom,
            Optional<String> from,
            Optional<String> subject,
            Optional<String> channel,
            Optional<String> reason) {}

    record Page(List<Held> items, long total, int page, int size) {}

    record Decision(String reason) {}

    @GetMapping
    Page list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        MessagePage result;
        try {
            result = records.find(new MessageQuery(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(MessageState.QUARANTINED.name()),
                    page,
                    size));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return new Page(
                result.items().stream()
                        .map(r -> new Held(
                                r.id(),
                                r.receivedAt(),
                                r.mailFrom(),
                                r.fromAddress(),
                                r.subject(),
                                r.channel(),
                                r.errorReason()))
                        .toList(),
                result.total(),
                result.page(),
                result.size());
    }

    @PostMapping("/{id}/release")
    void release(@PathVariable long id, @RequestBody Decision decision, Principal officer) {
        answer(decisions.release(id, officer.getName(), reasonOf(decision)), id);
    }

    @PostMapping("/{id}/reject")
    void reject(@PathVariable long id, @RequestBody Decision decision, Principal officer) {
        answer(decisions.reject(id, officer.getName(), reasonOf(decision)), id);
    }

    private static String reasonOf(Decision decision) {
        Optional<String> reason;
        try {
            reason = RequestText.of(decision == null ? null : decision.reason(), MAX_REASON);
        } catch (RequestText.TooLongException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Lý do quá dài / the reason is longer than " + MAX_REASON + " characters");
        }
        return reason.orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "Cần nêu lý do / a reason is required: {\"reason\": \"…\"}"));
    }

    private static void answer(QuarantineDecisions.Outcome outcome, long id) {
        switch (outcome) {
            case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no message " + id);
            case NOT_QUARANTINED ->
                throw new ResponseStatusException(
                        HttpStatus.CONFLICT, "Thư " + id + " không còn trong khu cách ly / message is not quarantined");
            case DONE -> {}
        }
    }
}
