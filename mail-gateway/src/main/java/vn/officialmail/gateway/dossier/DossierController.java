package vn.officialmail.gateway.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.officialmail.gateway.web.Downloads;

/**
 * Dossiers through the API: the year's dossiers of the file plan ({@code GET /api/dossiers?year=}),
 * one dossier with its documents in chronological order ({@code GET /api/dossiers/{code}}), filing
 * a registered document by hand ({@code POST /api/dossiers/{code}/documents} with {@code
 * {"register": "incoming", "number": "12/2026"}}), closing ({@code POST /api/dossiers/{code}/close})
 * export ({@code GET /api/dossiers/{code}/export?format=pdf|xml}), the archive transfer package of
 * a closed dossier ({@code GET /api/dossiers/{code}/package}, an E-ARK SIP zip) and the check of
 * such a package ({@code POST /api/dossiers/package/validate} with the zip as the body).
 */
@RestController
class DossierController {

    private final Dossiers dossiers;
    private final DossierExport export;
    private final TransactionTemplate transactions;
    private final SubmissionPackage packages;
    private final SubmissionPackageValidator validator;

    /** The largest package accepted for validation. */
    static final long MAX_PACKAGE_BYTES = 2L * 1024 * 1024 * 1024;

    DossierController(
            Dossiers dossiers,
            DossierExport export,
            TransactionTemplate transactions,
            SubmissionPackage packages,
            SubmissionPackageValidator validator) {
        this.packages = packages;
        this.validator = validator;
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
        return Downloads.attachment(
                bytes,
                "ho-so-" + code.replaceAll("[^A-Za-z0-9.\\-]", "_") + "." + chosen,
                chosen.equals("pdf") ? MediaType.APPLICATION_PDF : MediaType.APPLICATION_XML);
    }

    @GetMapping("/api/dossiers/{code}/package")
    ResponseEntity<StreamingResponseBody> transferPackage(@PathVariable String code, Principal clerk) {
        try {
            packages.checkTransferable(code);
        } catch (SubmissionPackage.RefusedException e) {
            throw new ResponseStatusException(
                    e.refusal() == SubmissionPackage.Refusal.NO_SUCH_DOSSIER
                            ? HttpStatus.NOT_FOUND
                            : HttpStatus.CONFLICT,
                    e.getMessage());
        }
        String name = SubmissionPackage.packageId(code).replaceAll("[^A-Za-z0-9._\\-]", "_") + ".zip";
        StreamingResponseBody body = out -> packages.write(code, clerk.getName(), out);
        return Downloads.attachment(body, name, MediaType.parseMediaType("application/zip"));
    }

    @PostMapping("/api/dossiers/package/validate")
    SubmissionPackageValidator.Report validate(InputStream body) throws IOException {
        Path file = Files.createTempFile("om-sip-", ".zip");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                long copied = body.transferTo(new BoundedOutputStream(out, MAX_PACKAGE_BYTES));
                if (copied == 0) {
                    throw new ResponseStatusException(
                            HttpStatus.BAD_REQUEST, "Cần gửi gói tin (zip) / send the package (zip) as the body");
                }
            } catch (BoundedOutputStream.TooLargeException e) {
                throw new ResponseStatusException(
                        HttpStatus.PAYLOAD_TOO_LARGE, "the package is larger than " + MAX_PACKAGE_BYTES + " bytes");
            }
            try {
                return validator.validate(file);
            } catch (java.util.zip.ZipException e) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "Không phải tệp zip / not a zip file: " + e.getMessage());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Refuses to write past a limit, so a huge upload fills no disk. */
    private static final class BoundedOutputStream extends java.io.FilterOutputStream {
        static final class TooLargeException extends IOException {
            TooLargeException() {
                super("too large");
            }
        }

        private final long limit;
        private long written;

        BoundedOutputStream(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(long more) throws IOException {
            written += more;
            if (written > limit) {
                throw new TooLargeException();
            }
        }
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
