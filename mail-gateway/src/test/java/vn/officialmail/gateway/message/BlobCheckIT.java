package vn.officialmail.gateway.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.officialmail.gateway.TestDatabases;

/** {@code fsck} finds a blob whose bytes changed on disk and one the database names but that is gone. */
class BlobCheckIT {

    @TempDir
    Path dir;

    BlobStore blobs;
    JdbcClient jdbc;
    BlobCheck check;
    String kept;
    String altered;
    String deleted;

    @BeforeEach
    void storeThreeOriginals() throws Exception {
        blobs = new BlobStore(dir.resolve("blobs"));
        jdbc = JdbcClient.create(TestDatabases.h2(dir));
        MessageRecords records = new MessageRecords(jdbc);
        kept = record(records, blobs, "Giấy mời họp");
        altered = record(records, blobs, "Công văn số 12");
        deleted = record(records, blobs, "Quyết định khen thưởng");
        blobs.put("written just before a crash, never recorded".getBytes(StandardCharsets.UTF_8));
        check = new BlobCheck(blobs, jdbc);
    }

    @Test
    void untouchedStoreShouldBeSound() {
        BlobCheck.Result result = check.check();

        assertThat(result.sound()).isTrue();
        assertThat(result.checked()).isEqualTo(4);
        assertThat(result.unreferenced()).isEqualTo(1);
    }

    @Test
    void alteredAndDeletedBlobsShouldBeNamedAndTheExitStatusOne() throws Exception {
        Files.writeString(blobs.pathOf(altered), "Công văn số 13", StandardCharsets.UTF_8);
        Files.delete(blobs.pathOf(deleted));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = check.run(new PrintStream(out, true, StandardCharsets.UTF_8));

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(1);
        assertThat(report)
                .contains("blobs: 3 checked, 1 corrupt, 1 missing, 1 unreferenced: BROKEN")
                .contains("corrupt " + altered + ": its content hashes to ")
                .contains("missing " + deleted)
                .doesNotContain(kept);
    }

    private static String record(MessageRecords records, BlobStore blobs, String subject) throws Exception {
        String sha = blobs.put(("Subject: " + subject + "\r\n\r\nNội dung\r\n").getBytes(StandardCharsets.UTF_8));
        records.insert(new NewMessage(
                sha,
                sha.substring(0, 16),
                sha,
                10,
                "smtp",
                Instant.now(),
                "127.0.0.1",
                "helo",
                "a@moj.gov.vn",
                List.of("b@moj.gov.vn"),
                Optional.empty(),
                Optional.of(subject),
                Optional.empty()));
        return sha;
    }
}
