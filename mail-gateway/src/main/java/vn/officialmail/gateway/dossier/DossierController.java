package vn.officialmail.gateway.dossier;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
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

/**
 * Dossiers through the API: the year's dossiers of the file plan ({@code GET /api/dossiers?year=}),
 * one dossier with its documents in chronological order ({@code GET /api/dossiers/{code}}), filing
 * a registered document by hand ({@code POST /api/dossiers/{code}/documents} with {@code
 * {"register": "incoming", "number": "12/2026"}}), closing ({@code POST /api/dossiers/{code}/close})
 * and export ({@code GET /api/dossiers/{code}/export?format=pdf|xml}).
 */
@RestController
class DossierController {

    private final Dossiers dossiers;
    private final DossierExport export;
    private final TransactionTemplate transactions;

    DossierController(Dossiers dossiers, DossierExport export, TransactionTemplate transactions) {
        this.dossiers = dossiers;
        this.export = export;
        this.transactions = transactions;
    }

    record DossierDetail(Dossiers.Dossier dossier, List<Dossiers.FiledDocument> documents) {}

    record Filing(String register, String number) {}

    @GetMapping("/api/dossiers")
    List<Dossiers.Dossier> list(@RequestParam Optional<Integer> year) {
        int chosen = year.orElseGet(() -> LocalDate.now(Dossiers.VIETNAM).getYear());
        if (chosen < 1900 || chosen > 9999) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must be from 1900 to 9999");
        }
        return dossiers.list(chosen);
    }

    @GetMapping("/api/dossiers/{code}")
    DossierDetail dossier(@PathVariable String code) {
        Dossiers.Dossier dossier = dossiers.find(code).orElseThrow(() -> notFound(code));
        return new DossierDetail(dossier, dossiers.documents(code));
    }

    @PostMapping("/api/dossiers/{code}/documents")
    ResponseEntity<Void> file(@PathVariable String code, @RequestBody Filing filing, Principal clerk) {
        if (filing == null || filing.number() == null || filing.number().length() > 32) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Cần sổ và số đăng ký / register and number are required: {\"register\": \"incoming\", \"number\": \"12/2026\"}");
        }
        String register = filing.register() == null || filing.register().isBlank()
                ? "incoming"
                : filing.register().strip();
        long entryId = dossiers.entryId(register, filing.number())
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "Không có văn bản số " + filing.number() + " trong sổ " + register + " / no entry "
                                + filing.number() + " in register " + register));
        Dossiers.Outcome outcome = transactions.execute(status -> dossiers.file(code, entryId, clerk.getName()));
        answer(outcome, code);
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PostMapping("/api/dossiers/{code}/close")
    void close(@PathVariable String code, Principal clerk) {
        answer(transactions.execute(status -> dossiers.close(code, clerk.getName())), code);
    }

    @GetMapping("/api/dossiers/{code}/export")
    ResponseEntity<byte[]> export(@PathVariable String code, @RequestParam(defaultValue = "pdf") String format) {
        String chosen = format.toLowerCase(Locale.ROOT);
        Optional<byte[]> body =
                switch (chosen) {
                    case "pdf" -> export.pdf(code);
                    case "xml" -> export.xml(code);
                    default ->
                        throw new ResponseStatusException(
                                HttpStatus.BAD_REQUEST, "format must be pdf or xml, not '" + format + "'");
                };
        byte[] bytes = body.orElseThrow(() -> notFound(code));
        return ResponseEntity.ok()
                .contentType(chosen.equals("pdf") ? MediaType.APPLICATION_PDF : MediaType.APPLICATION_XML)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"ho-so-" + code.replaceAll("[^A-Za-z0-9.\\-]", "_") + "." + chosen
                                + "\"")
                .body(bytes);
    }

    private static void answer(Dossiers.Outcome outcome, String code) {
        switch (outcome) {
            case DONE -> {}
            case NO_SUCH_DOSSIER -> throw notFound(code);
            case NO_SUCH_ENTRY ->
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có văn bản / no such entry");
            case ALREADY_FILED ->
                throw new ResponseStatusException(
                        HttpStatus.CONFLICT, "Văn bản đã có trong hồ sơ / already in dossier " + code);
            case CLOSED ->
                throw new ResponseStatusException(
                        HttpStatus.CONFLICT, "Hồ sơ " + code + " đã đóng / dossier " + code + " is closed");
        }
    }

    private static ResponseStatusException notFound(String code) {
        String shown = code.length() > 64 ? code.substring(0, 64) : code;
        return new ResponseStatusException(
                HttpStatus.NOT_FOUND,
                "Không có hồ sơ '" + shown + "' trong danh mục / no dossier '" + shown + "' in the file plan");
    }
}
