package vn.officialmail.gateway.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.LoopbackGateway;
import vn.officialmail.gateway.TestDatabases;

/** Mailbox intake and the Quartz JDBC job store on PostgreSQL (profile {@code postgres}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles("postgres")
class MailboxPostgresIT {

    private static final String PASSWORD = "Hop-thu-pg-2b9d";

    @TempDir
    static Path dataDir;

    static final GreenMail imap = ImapTestMail.startImap();
    static TestDatabases.PostgresDatabase database;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        LoopbackGateway.register(registry, dataDir);
        database = TestDatabases.postgres();
        registry.add("spring.datasource.url", database::url);
        registry.add("gateway.mode", () -> "journal");
        registry.add("gateway.security.bootstrap-admin.password", () -> "pg-mailbox");
        registry.add("gateway.mailbox.poll-interval", () -> "2s");
        registry.add("spring.quartz.scheduler-name", () -> "mailbox-postgres-it");
        imap.setUser("vanthu@tuphap.gov.vn", "vanthu", PASSWORD);
        registry.add("gateway.mailboxes[0].name", () -> "van-thu");
        registry.add("gateway.mailboxes[0].host", () -> "127.0.0.1");
        registry.add("gateway.mailboxes[0].port", () -> imap.getImap().getPort());
        registry.add("gateway.mailboxes[0].tls", () -> "none");
        registry.add("gateway.mailboxes[0].username", () -> "vanthu");
        registry.add("gateway.mailboxes[0].password", () -> PASSWORD);
        registry.add("gateway.mailboxes[0].unit", () -> "VP");
        registry.add("gateway.mailboxes[0].after-intake", () -> "move");
        registry.add("gateway.mailboxes[0].after-intake-argument", () -> "Da-nhan");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        imap.stop();
        database.close();
    }

    @LocalServerPort
    int httpPort;

    @Test
    void configuredMailboxShouldBeReadAndItsJobListedWhenTheDatabaseIsPostgres() throws Exception {
        ImapTestMail.Api api = new ImapTestMail.Api(httpPort, "admin", "pg-mailbox");

        ImapTestMail.append(
                imap, "vanthu", PASSWORD, "INBOX", ImapTestMail.message("tb-1@moj.gov.vn", "Thông báo lịch công tác"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/messages"), body -> body.contains("Thông báo lịch công tác"));
        String jobs = await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/jobs"), body -> body.contains("\"lastOutcome\":\"SUCCEEDED\""));
        assertThat(jobs).contains("\"name\":\"van-thu\"").contains("\"nextRun\":");
        assertThat(api.get("/api/mailboxes/van-thu")).contains("\"origin\":\"config\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> folderSize("INBOX") == 0 && folderSize("Da-nhan") == 1);
    }

    private static int folderSize(String name) throws Exception {
        try (var store = ImapTestMail.store(imap, "vanthu", PASSWORD)) {
            var folder = store.getFolder(name);
            return folder.exists() ? folder.getMessageCount() : -1;
        }
    }
}
