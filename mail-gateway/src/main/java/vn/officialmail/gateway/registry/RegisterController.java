package vn.officialmail.gateway.registry;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.officialmail.gateway.web.Downloads;
import vn.officialmail.gateway.web.RequestText;

/**
 * The registers through the API: which there are ({@code GET /api/registers}), a register's lines
 * ({@code GET /api/registers/{code}/entries}, e.g. {@code incoming}, {@code outgoing}), paper
 * documents entered by hand ({@code POST} there), the review queue of documents the classifier was
 * unsure of ({@code GET /api/registers/review}, {@code POST /api/registers/review/{id}/confirm} and
 * {@code /dismiss}), the printed register ({@code GET
 * /api/registers/{code}/print?from=&to=&format=pdf|xlsx}) and the tamper check ({@code GET
 * /api/registers/verify}).
 */
@RestController
class RegisterController {

    private static final int MAX_TEXT = 4000;

    private final RegisterVerifier verifier;
    private final RegisterLines lines;
    private final IncomingRegister register;
    private final ReviewQueue review;
    private final TransactionTemplate transactions;
    private final RegisterPrint printer;
    private final Registers registers;

    RegisterController(
            RegisterVerifier verifier,
            RegisterLines lines,
            IncomingRegister register,
            ReviewQueue review,
            TransactionTemplate transactions,
            RegisterPrint printer,
            Registers registers) {
        this.registers = registers;
        this.verifier = verifier;
        this.lines = lines;
        this.register = register;
        this.review = review;
        this.transactions = transactions;
        this.printer = printer;
    }

    /** A paper document as the clerk enters it. */
    record PaperDocument(
            String issuer,
            String numberSymbol,
            LocalDate issuedOn,
            String typeName,
            String summary,
            String recipients,
            Boolean urgent,
            String note,
            Instant receivedAt,
            String signer,
            Integer copies,
            String keptBy) {}

    /** A register as the API lists it. */
    record RegisterView(
            String code,
            String name,
            RegisterDirection direction,
            List<String> units,
            List<String> types,
            Boolean secret) {}

    /** The clerk's reading of a queued document. */
    record ReviewConfirmation(
            String typeName,
            String numberSymbol,
            String issuer,
            LocalDate issuedOn,
            String summary,
            Boolean urgent,
            String note) {}

    record Dismissal(String reason) {}

    record Registered(String number) {}

    record ReviewPage(List<ReviewQueue.Item> items, int page, int size) {}

    @GetMapping("/api/registers/verify")
    RegisterVerification verify() {
        return verifier.verify();
    }

    @GetMapping("/api/registers")
    List<RegisterView> registers() {
        return registers.all().stream()
                .map(r -> new RegisterView(r.code(), r.name(), r.direction(), r.units(), r.types(), r.secret()))
                .toList();
    }

    @GetMapping("/api/registers/{code}/entries")
    RegisterLines.Page entries(
            @PathVariable String code,
            @RequestParam Optional<Instant> from,
            @RequestParam Optional<Instant> to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        try {
            return lines.list(registerOf(code).code(), from, to, page, size);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @PostMapping("/api/registers/{code}/entries")
    ResponseEntity<Registered> enterPaper(
            @PathVariable String code, @RequestBody PaperDocument paper, Principal clerk) {
        RegisterDefinition chosen = registerOf(code);
        if (paper == null
                || text(paper.summary()).isEmpty() && text(paper.typeName()).isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Cần tên loại hoặc trích yếu văn bản / a type name or a summary is required");
        }
        DocumentParticulars document = new DocumentParticulars(
                "",
                text(paper.summary()).or(() -> text(paper.typeName())).orElseThrow(),
                text(paper.issuer()),
                text(paper.numberSymbol()),
                Optional.ofNullable(paper.issuedOn()),
                text(paper.typeName()),
                text(paper.summary()),
                text(paper.recipients()).orElse(""),
                Boolean.TRUE.equals(paper.urgent()),
                text(paper.note()),
                text(paper.signer()),
                copies(paper.copies()),
                text(paper.keptBy()));
        Instant receivedAt = Optional.ofNullable(paper.receivedAt()).orElseGet(Instant::now);
        Registration registration;
        try {
            registration = transactions.execute(
                    status -> register.registerPaper(chosen.code(), document, receivedAt, clerk.getName()));
        } catch (DuplicateDocumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "Văn bản đã được đăng ký / already registered"
                            + e.first().map(first -> ": " + first.display()).orElse(""));
        }
        String number = registration.display().orElseThrow();
        return ResponseEntity.created(URI.create("/api/registers/" + chosen.code() + "/entries?number=" + number))
                .body(new Registered(number));
    }

    /** The later copies of an entry ({@code ?number=12/2026}): each re-sent copy with its own recipients. */
    @GetMapping("/api/registers/{code}/copies")
    List<RegisterDuplicates.LaterCopy> laterCopies(@PathVariable String code, @RequestParam String number) {
        java.util.regex.Matcher parts =
                java.util.regex.Pattern.compile("(\\d{1,12})/(\\d{4})").matcher(number.strip());
        if (!parts.matches()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Số đăng ký dạng 12/2026 / number must look like 12/2026");
        }
        return register.laterCopies(
                registerOf(code).code(), Integer.parseInt(parts.group(2)), Long.parseLong(parts.group(1)));
    }

    @GetMapping("/api/registers/{code}/print")
    ResponseEntity<byte[]> print(
            @PathVariable String code,
            @RequestParam LocalDate from,
            @RequestParam LocalDate to,
            @RequestParam(defaultValue = "pdf") String format) {
        RegisterDefinition register = registerOf(code);
        RegisterPrint.Format chosen;
        try {
            chosen = RegisterPrint.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "format must be pdf or xlsx, not '" + format + "'");
        }
        byte[] printed;
        try {
            printed = printer.print(register, from, to, chosen);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        String prefix = register.code().equals(IncomingRegister.DEFAULT_REGISTER) ? "so-den" : "so-" + register.code();
        String name = prefix + "-" + from + "-" + to + (chosen == RegisterPrint.Format.PDF ? ".pdf" : ".xlsx");
        MediaType type = chosen == RegisterPrint.Format.PDF
                ? MediaType.APPLICATION_PDF
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return Downloads.attachment(printed, name, type);
    }

    @GetMapping("/api/registers/review")
    ReviewPage reviewQueue(
            @RequestParam(defaultValue = "WAITING") ReviewQueue.State state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be ≥ 0 and size from 1 to 500");
        }
        return new ReviewPage(review.list(state, page, size), page, size);
    }

    @PostMapping("/api/registers/review/{id}/confirm")
    Registered confirm(@PathVariable long id, @RequestBody(required = false) ReviewConfirmation body, Principal clerk) {
        ReviewConfirmation c = body == null ? new ReviewConfirmation(null, null, null, null, null, null, null) : body;
        ReviewQueue.Confirmed confirmed = review.confirm(
                id,
                new ReviewQueue.Confirmation(
                        text(c.typeName()),
                        text(c.numberSymbol()),
                        text(c.issuer()),
                        Optional.ofNullable(c.issuedOn()),
                        text(c.summary()),
                        Boolean.TRUE.equals(c.urgent()),
                        text(c.note())),
                clerk.getName());
        answer(confirmed.outcome(), id);
        Registration registration = confirmed.registration().orElseThrow();
        return new Registered(registration
                .display()
                .or(() -> registration.duplicateOf().map(first -> "trùng với / duplicate of " + first.display()))
                .orElse(""));
    }

    @PostMapping("/api/registers/review/{id}/dismiss")
    void dismiss(@PathVariable long id, @RequestBody Dismissal body, Principal clerk) {
        String reason = body == null ? "" : text(body.reason()).orElse("");
        if (reason.isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Cần nêu lý do / a reason is required: {\"reason\": \"…\"}");
        }
        answer(review.dismiss(id, reason, clerk.getName()), id);
    }

    private static void answer(ReviewQueue.Outcome outcome, long id) {
        switch (outcome) {
            case NOT_FOUND ->
                throw new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Thư " + id + " không chờ duyệt / message " + id + " is not in review");
            case ALREADY_DECIDED ->
                throw new ResponseStatusException(
                        HttpStatus.CONFLICT, "Thư " + id + " đã được xử lý / message " + id + " is already decided");
            case DONE -> {}
        }
    }

    private RegisterDefinition registerOf(String code) {
        return registers
                .byCode(code)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "Không có sổ '" + StringUtils.truncate(code, 64) + "' / no register '"
                                + StringUtils.truncate(code, 64) + "'; sổ / registers: " + registers.codes()));
    }

    private static int copies(Integer copies) {
        if (copies == null) {
            return 0;
        }
        if (copies < 0 || copies > 100_000) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Số lượng bản từ 0 đến 100000 / copies must be from 0 to 100000");
        }
        return copies;
    }

    /** A bounded, NFC-normalised text, empty when blank. */
    private static Optional<String> text(String value) {
        return RequestText.of(value, MAX_TEXT);
    }
}
