package vn.officialmail.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code official-mail import FILE|DIR} puts .eml files and mbox mailboxes through the pipeline
 * from the command line, with a progress line, and {@code reprocess} finds nothing to redo.
 */
class ImportCommandIT {

    @TempDir
    Path dir;

    private GatewayCommandLine.Result run(String... args) throws Exception {
        return GatewayCommandLine.run(
                dir,
                List.of(args),
                "--gateway.data-dir=" + dir.resolve("data"),
                "--gateway.security.bootstrap-admin.password=import-test");
    }

    @Test
    void importShouldProcessEmlFilesAndMboxMessagesWhenGivenADirectory() throws Exception {
        Path mail = Files.createDirectories(dir.resolve("mail"));
        Files.writeString(
                mail.resolve("giay-moi.eml"), message("vanphong@moj.gov.vn", "Giấy mời họp"), StandardCharsets.UTF_8);
        Files.writeString(
                mail.resolve("archive.mbox"),
                "From vanthu@moj.gov.vn Mon Nov 23 08:00:00 2026\n"
                        + message("vanthu@moj.gov.vn", "Báo cáo tháng 10")
                        + "\n>From the minutes: quoted line\n\n"
                        + "From someone@gmail.com Mon Nov 23 09:00:00 2026\n"
                        + message("someone@gmail.com", "Góp ý dự thảo"),
                StandardCharsets.UTF_8);

        GatewayCommandLine.Result result = run("import", mail.toString());

        assertThat(result.output()).contains("imported 3 message(s) from 2 file(s); 0 file(s) skipped");
        assertThat(result.exitCode()).isZero();
        GatewayCommandLine.Result reprocess = run("reprocess");
        assertThat(reprocess.output()).contains("reprocessed 0 message(s)");
        GatewayCommandLine.Result verify = run("audit-verify");
        assertThat(verify.output()).contains("registers: 2 entries checked: intact");
        GatewayCommandLine.Result fsck = run("fsck");
        assertThat(fsck.output())
                .contains("blobs: ")
                .contains("0 corrupt, 0 missing")
                .contains(": sound");
        assertThat(fsck.exitCode()).isZero();
        assertThat(verify.exitCode()).isZero();
    }

    @Test
    void auditVerifyShouldReportAnEntryRewrittenInTheDatabaseAndExitNonZero() throws Exception {
        Path mail = Files.createDirectories(dir.resolve("mail"));
        Files.writeString(
                mail.resolve("qd.eml"),
                message("vanphong@moj.gov.vn", "Giấy mời họp giao ban tháng 11"),
                StandardCharsets.UTF_8);
        assertThat(run("import", mail.toString()).exitCode()).isZero();
        String url = "jdbc:h2:file:" + dir.resolve("data").resolve("db").resolve("gateway");
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
                java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("update register_entry set subject = 'Giấy mời họp bất thường'");
        }

        GatewayCommandLine.Result verify = run("audit-verify");

        assertThat(verify.output())
                .contains("registers: 1 entries checked: BROKEN")
                .contains("register incoming 1/")
                .contains("content altered");
        assertThat(verify.exitCode()).isEqualTo(1);
    }

    @Test
    void importShouldExplainWhenThePathDoesNotExist() throws Exception {
        GatewayCommandLine.Result result = run("import", dir.resolve("missing").toString());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("import: no such file or directory:");
    }

    private static String message(String from, String subject) {
        return "From: " + from + "\nTo: vanthu@tuphap.gov.vn\nSubject: =?UTF-8?B?"
                + java.util.Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8))
                + "?=\nMessage-ID: <" + subject.hashCode() + "@test>\nContent-Type: text/plain; charset=UTF-8\n\n"
                + "Nội dung " + subject + "\n";
    }
}
