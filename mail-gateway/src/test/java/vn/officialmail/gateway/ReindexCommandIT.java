package vn.officialmail.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code official-mail reindex} rebuilds the search index from the message records and the blob
 * store, aside, then swaps it in; a message whose original is gone is indexed from its record and
 * named, and the command exits non-zero.
 */
class ReindexCommandIT {

    @TempDir
    Path dir;

    private GatewayCommandLine.Result run(String... args) throws Exception {
        return GatewayCommandLine.run(
                dir,
                List.of(args),
                "--gateway.data-dir=" + dir.resolve("data"),
                "--gateway.security.bootstrap-admin.password=reindex-test");
    }

    @Test
    void reindexShouldRebuildFromRecordsAndBlobsAndNameMessagesWhoseOriginalIsGone() throws Exception {
        Path mail = Files.createDirectories(dir.resolve("mail"));
        Files.writeString(mail.resolve("a.eml"), message("a", "Giấy mời họp giao ban"), StandardCharsets.UTF_8);
        Files.writeString(mail.resolve("b.eml"), message("b", "Báo cáo tháng 10"), StandardCharsets.UTF_8);
        assertThat(run("import", mail.toString()).exitCode()).isZero();

        GatewayCommandLine.Result sound = run("reindex");

        assertThat(sound.output()).contains("index rebuilt: 2 messages, 0 from their record only");
        assertThat(sound.exitCode()).isZero();
        assertThat(dir.resolve("data/index.rebuild")).doesNotExist();
        assertThat(dir.resolve("data/index.old")).doesNotExist();

        String url = "jdbc:h2:file:" + dir.resolve("data").resolve("db").resolve("gateway");
        String sha;
        long id;
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet row = statement.executeQuery(
                        "select id, raw_sha256 from message_record where subject like 'Báo cáo%'")) {
            row.next();
            id = row.getLong(1);
            sha = row.getString(2);
        }
        Files.delete(dir.resolve("data/blobs")
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha));

        GatewayCommandLine.Result degraded = run("reindex");

        assertThat(degraded.output())
                .contains("index rebuilt: 2 messages, 1 from their record only")
                .contains("from record only: message " + id);
        assertThat(degraded.exitCode()).isEqualTo(1);
        assertThat(run("reindex", "extra").output()).contains("reindex takes no operands");
    }

    private static String message(String name, String subject) throws Exception {
        return "From: vanphong@moj.gov.vn\r\nTo: lanhdao@moj.gov.vn\r\nSubject: "
                + jakarta.mail.internet.MimeUtility.encodeText(subject, "UTF-8", "B") + "\r\nMessage-ID: <" + name
                + "@moj.gov.vn>\r\nDate: Mon, 23 Nov 2026 08:00:00 +0700\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\nKính gửi lãnh đạo, xin gửi " + subject + ".\r\n";
    }
}
