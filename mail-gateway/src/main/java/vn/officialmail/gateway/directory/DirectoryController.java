package vn.officialmail.gateway.directory;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.officialmail.config.directory.Account;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.DirectoryFiles;
import vn.officialmail.config.directory.DirectoryFormatException;
import vn.officialmail.config.directory.DirectoryProblem;
import vn.officialmail.config.directory.Unit;

/**
 * The directory API: {@code GET /api/directory/agencies}, {@code /units} (filter {@code agency}),
 * {@code /accounts} (filter {@code unit}), paged, and {@code /lookup?address=} (what the directory
 * knows about one address), for every signed-in user; {@code POST
 * /api/directory/import} (body: a CSV or LDIF file, at most 10 MB, sent as {@code text/csv},
 * {@code text/plain} or {@code application/octet-stream}, not as a form; {@code name} says which
 * format by its extension, else the first line does) for administrators only ({@code RouteAccess}). Errors come in Vietnamese, or in
 * English when the request asks for it ({@code Accept-Language: en}), with both texts in the body.
 */
@RestController
class DirectoryController {

    static final int MAX_IMPORT_BYTES = 10 * 1024 * 1024;
    private static final int MAX_PAGE_SIZE = 500;

    private final Directory directory;
    private final DirectoryImporter importer;

    DirectoryController(Directory directory, DirectoryImporter importer) {
        this.directory = directory;
        this.importer = importer;
    }

    /** One page of a listing. */
    record Page<T>(List<T> items, long total, int page, int size) {}

    @GetMapping("/api/directory/agencies")
    Page<Agency> agencies(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return page(directory.agencies(), page, size);
    }

    @GetMapping("/api/directory/units")
    Page<Unit> units(
            @RequestParam Optional<String> agency,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return page(agency.map(directory::unitsOf).orElseGet(directory::units), page, size);
    }

    @GetMapping("/api/directory/accounts")
    Page<Account> accounts(
            @RequestParam Optional<String> unit,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return page(unit.map(directory::accountsOf).orElseGet(directory::accounts), page, size);
    }

    @GetMapping("/api/directory/lookup")
    ResponseEntity<?> lookup(@RequestParam String address, HttpServletRequest request) {
        Optional<String> normalized = address.length() > 320
                ? Optional.empty()
                : vn.officialmail.config.directory.DirectoryValues.normalizedAddress(address);
        if (normalized.isEmpty()) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    DirectoryProblem.of(
                            "address.invalid", "address", address.substring(0, Math.min(address.length(), 320))),
                    request.getLocale());
        }
        return ResponseEntity.ok(MailboxLookup.of(directory, normalized.get()));
    }

    @PostMapping("/api/directory/import")
    ResponseEntity<?> importFile(@RequestParam(defaultValue = "") String name, HttpServletRequest request)
            throws IOException {
        Locale locale = request.getLocale();
        String contentType =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (contentType.startsWith("application/x-www-form-urlencoded") || contentType.startsWith("multipart/")) {
            // the servlet container would read a form body as parameters: the file would arrive empty
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, DirectoryProblem.of("import.content-type"), locale);
        }
        if (name.length() > 255) {
            return problem(HttpStatus.BAD_REQUEST, DirectoryProblem.of("field.too-long", "name", 255), locale);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_IMPORT_BYTES + 1);
        }
        if (body.length > MAX_IMPORT_BYTES) {
            return problem(
                    HttpStatus.CONTENT_TOO_LARGE, DirectoryProblem.of("file.too-large", MAX_IMPORT_BYTES), locale);
        }
        String actor = request.getUserPrincipal() == null
                ? "api"
                : request.getUserPrincipal().getName();
        String source = name.isBlank() ? "upload" : name;
        return ResponseEntity.ok(importer.importEntries(DirectoryFiles.read(name, body), source, actor));
    }

    @ExceptionHandler(DirectoryFormatException.class)
    ResponseEntity<ProblemDetail> unreadable(DirectoryFormatException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, e.problem(), request.getLocale());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, DirectoryProblem problem, Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        ProblemDetail detail =
                ProblemDetail.forStatusAndDetail(status, english ? problem.english() : problem.vietnamese());
        detail.setProperty("key", problem.key());
        detail.setProperty("vi", problem.vietnamese());
        detail.setProperty("en", problem.english());
        return ResponseEntity.status(status).body(detail);
    }

    private static <T> Page<T> page(List<T> all, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new org.springframework.web.server.ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        long from = Math.min((long) page * size, all.size());
        int to = (int) Math.min(from + size, all.size());
        return new Page<>(all.subList((int) from, to), all.size(), page, size);
    }
}
