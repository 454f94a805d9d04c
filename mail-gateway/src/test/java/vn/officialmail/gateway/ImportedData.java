package vn.officialmail.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * A gateway data directory filled by {@code official-mail import} from the built jar: an .eml file
 * and an mbox of two (one official message in each, one from gmail.com), imported once per test JVM
 * and copied for each test that reads or damages it. An import is a whole gateway start, the
 * dearest step of the command line tests (about 25 s on the shared 2-core build machine), and what
 * those tests prove is the command they run on the data, not that it was imported for them alone.
 */
final class ImportedData {

    /** The subject of giay-moi.eml (official). */
    static final String INVITATION = "Giấy mời họp";

    /** The subject of the mbox's first message (official). */
    static final String REPORT = "Báo cáo tháng 10";

    /** The subject of the mbox's second message (from gmail.com). */
    static final String COMMENT = "Góp ý dự thảo";

    private static ImportedData once;

    private final Path home;
    private final GatewayCommandLine.Result importResult;

    private ImportedData(Path home, GatewayCommandLine.Result importResult) {
        this.home = home;
        this.importResult = importResult;
    }

    /** Imports on the first call (into {@code target/imported-data-*}), then hands out the same data. */
    static synchronized ImportedData get() throws Exception {
        if (once == null) {
            Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "imported-data-")
                    .toAbsolutePath();
            Path mail = Files.createDirectories(home.resolve("mail"));
            Files.writeString(
                    mail.resolve("giay-moi.eml"), message("vanphong@moj.gov.vn", INVITATION), StandardCharsets.UTF_8);
            Files.writeString(
                    mail.resolve("archive.mbox"),
                    "From vanthu@moj.gov.vn Mon Nov 23 08:00:00 2026\n"
                            + message("vanthu@moj.gov.vn", REPORT)
                            + "\n>From the minutes: quoted line\n\n"
                            + "From someone@gmail.com Mon Nov 23 09:00:00 2026\n"
                            + message("someone@gmail.com", COMMENT),
                    StandardCharsets.UTF_8);
            once = new ImportedData(home, run(home, home.resolve("data"), "import", mail.toString()));
        }
        return once;
    }

    /** What the import printed and its exit status. */
    GatewayCommandLine.Result importResult() {
        return importResult;
    }

    /** A copy of the imported data directory as {@code dir/data}, for one test to use as it likes. */
    Path copyTo(Path dir) throws IOException {
        Path source = home.resolve("data");
        Path target = dir.resolve("data");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    /** Runs one command of the built jar on a data directory, in {@code workingDir}. */
    static GatewayCommandLine.Result run(Path workingDir, Path dataDir, String... args) throws Exception {
        return GatewayCommandLine.run(
                workingDir,
                List.of(args),
                "--gateway.data-dir=" + dataDir,
                "--gateway.security.bootstrap-admin.password=import-test");
    }

    /** The JDBC URL of the embedded database in a data directory. */
    static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("gateway");
    }

    private static String message(String from, String subject) {
        return "From: " + from + "\nTo: vanthu@tuphap.gov.vn\nSubject: =?UTF-8?B?"
                + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8))
                + "?=\nMessage-ID: <" + subject.hashCode() + "@test>\nContent-Type: text/plain; charset=UTF-8\n\n"
                + "Nội dung " + subject + "\n";
    }
}
