package vn.officialmail.gateway.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.officialmail.gateway.TestDatabases;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.message.NewMessage;
import vn.officialmail.gateway.registry.DocumentParticulars;
import vn.officialmail.gateway.registry.IncomingRegister;

/**
 * The archive transfer package of a closed dossier: an open dossier is refused; a closed one
 * makes a zip whose METS describes the descriptive metadata and every original with size and
 * SHA-256, which the validator accepts; an altered original, an added file or a broken METS is
 * reported by name.
 */
class SubmissionPackageIT {

    private static final Instant MORNING = Instant.parse("2026-03-02T02:00:00Z");
    private static final String CODE = DossiersIT.AGENCY + ".2026.01.QD";

    @TempDir
    Path dir;

    private final SubmissionPackageValidator validator = new SubmissionPackageValidator();

    @Test
    void closedDossierShouldBecomeAPackageTheValidatorAcceptsAndTamperingShouldBeNamed() throws Exception {
        DossiersIT.Fixture f = DossiersIT.Fixture.on(TestDatabases.h2(dir.resolve("db")));
        BlobStore blobs = new BlobStore(dir.resolve("blobs"));
        registerMailed(f, blobs, "decision", "5/QĐ-BTC", LocalDate.of(2026, 1, 10));
        registerMailed(f, blobs, "later-decision", "20/QĐ-BTC", LocalDate.of(2026, 2, 20));
        f.transactions().execute(status -> f.register()
                .registerPaper(
                        DossiersIT.document("Quyết định", "7/QĐ-UBND", LocalDate.of(2026, 2, 1), "Quyết định giấy"),
                        MORNING,
                        "vanthu"));
        SubmissionPackage packages = new SubmissionPackage(
                f.dossiers(),
                new DossierExport(f.dossiers()),
                blobs,
                new AuditLog(f.jdbc(), Clock.systemUTC()),
                Clock.systemUTC());

        assertThatThrownBy(() -> packages.write(CODE, "vanthu", OutputStream.nullOutputStream()))
                .isInstanceOf(SubmissionPackage.RefusedException.class)
                .hasMessageContaining("only a closed dossier is transferred");
        f.transactions().execute(status -> f.dossiers().close(CODE, "vanthu"));
        Path zip = dir.resolve("package.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            packages.write(CODE, "vanthu", out);
        }

        SubmissionPackageValidator.Report report = validator.validate(zip);
        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.packageId()).isEqualTo("SIP_hoso_" + CODE);
        assertThat(report.filesChecked())
                .as("the metadata and two originals; the paper one has none")
                .isEqualTo(3);
        assertThat(report.schemaValidation()).startsWith("not performed");
        String root = "SIP_hoso_" + CODE + "/";
        try (ZipFile read = new ZipFile(zip.toFile())) {
            assertThat(read.stream().map(ZipEntry::getName))
                    .containsExactlyInAnyOrder(
                            root + "representations/rep1/data/001_incoming_1-2026.eml",
                            root + "representations/rep1/data/003_incoming_2-2026.eml",
                            root + SubmissionPackage.DESCRIPTIVE,
                            root + "METS.xml");
            String mets = new String(
                    read.getInputStream(read.getEntry(root + "METS.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(mets)
                    .contains("csip:OAISPACKAGETYPE=\"SIP\"")
                    .contains("PROFILE=\"https://earksip.dilcis.eu/profile/E-ARK-SIP.xml\"")
                    .contains("CHECKSUMTYPE=\"SHA-256\"");
            assertThat(new String(
                            read.getInputStream(
                                            read.getEntry(root + "representations/rep1/data/001_incoming_1-2026.eml"))
                                    .readAllBytes(),
                            StandardCharsets.UTF_8))
                    .contains("Số: 5/QĐ-BTC");
        }
        assertThat(f.jdbc()
                        .sql("select count(*) from audit_event where action = 'dossier-packaged'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        Path altered =
                rewrite(zip, "altered.zip", name -> name.endsWith("001_incoming_1-2026.eml") ? "sửa" : null, null);
        assertThat(validator.validate(altered).problems())
                .satisfiesExactly(
                        size -> assertThat(size)
                                .startsWith(
                                        "'representations/rep1/data/001_incoming_1-2026.eml': size 5 differs from the METS (64)"),
                        checksum -> assertThat(checksum)
                                .startsWith("'representations/rep1/data/001_incoming_1-2026.eml': SHA-256")
                                .endsWith("the file was altered"));
        Path added = rewrite(zip, "added.zip", name -> null, root + "representations/rep1/data/extra.txt");
        assertThat(validator.validate(added).problems())
                .containsExactly(
                        "file 'representations/rep1/data/extra.txt' is in the package but not described in the METS");
        Path brokenMets = rewrite(zip, "broken.zip", name -> name.endsWith("METS.xml") ? "<mets" : null, null);
        assertThat(validator.validate(brokenMets).problems())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("METS.xml is not well-formed XML");
    }

    private static void registerMailed(
            DossiersIT.Fixture f, BlobStore blobs, String key, String numberSymbol, LocalDate date) throws Exception {
        byte[] raw = ("From: vanthu@mof.gov.vn\r\nSubject: " + numberSymbol + "\r\n\r\nSố: " + numberSymbol + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        String sha = blobs.put(raw);
        long id = f.transactions().execute(status -> f.records()
                .insert(new NewMessage(
                        key,
                        key,
                        sha,
                        raw.length,
                        "smtp",
                        MORNING,
                        "127.0.0.1",
                        "helo",
                        "vanthu@mof.gov.vn",
                        List.of("vanthu@moj.gov.vn"),
                        Optional.empty(),
                        Optional.of(numberSymbol),
                        Optional.empty())));
        DocumentParticulars document = DossiersIT.document("Quyết định", numberSymbol, date, "Về việc " + key);
        f.transactions().execute(status -> f.register().register(id, sha, document, MORNING, IncomingRegister.GATEWAY));
    }

    /** A copy of the zip with some entries' content replaced and perhaps one entry added. */
    private Path rewrite(Path zip, String name, UnaryOperator<String> replacement, String addedEntry) throws Exception {
        Path copy = dir.resolve(name);
        try (ZipFile in = new ZipFile(zip.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                String replaced = replacement.apply(entry.getName());
                try (InputStream content = in.getInputStream(entry)) {
                    out.write(replaced == null ? content.readAllBytes() : replaced.getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
            if (addedEntry != null) {
                out.putNextEntry(new ZipEntry(addedEntry));
                out.write("thêm".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return copy;
    }
}
