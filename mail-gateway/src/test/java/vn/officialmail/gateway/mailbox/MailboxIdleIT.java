package vn.officialmail.gateway.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.LoopbackGateway;

/** IMAP IDLE: with polling an hour apart, new mail is still taken within seconds of its arrival. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailboxIdleIT {

    private static final String PASSWORD = "Hop-thu-idle-3f8e";

    @TempDir
    static Path dataDir;

    static final GreenMail imap = ImapTestMail.startImap();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        imap.setUser("vanthu@tuphap.gov.vn", "vanthu", PASSWORD);
        LoopbackGateway.register(registry, dataDir);
        registry.add("gateway.mode", () -> "journal");
        registry.add("gateway.mailbox.poll-interval", () -> "1h");
        registry.add("spring.quartz.scheduler-name", () -> "mailbox-idle-it");
        registry.add("gateway.mailboxes[0].name", () -> "van-thu");
        registry.add("gateway.mailboxes[0].host", () -> "127.0.0.1");
        registry.add("gateway.mailboxes[0].port", () -> imap.getImap().getPort());
        registry.add("gateway.mailboxes[0].tls", () -> "none");
        registry.add("gateway.mailboxes[0].username", () -> "vanthu");
        registry.add("gateway.mailboxes[0].password", () -> PASSWORD);
        registry.add("gateway.mailboxes[0].unit", () -> "VP");
    }

    @AfterAll
    static void stopImap() {
        imap.stop();
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void newMailShouldBeTakenWithinSecondsWhenTheFolderIsWatchedWithIdle() throws Exception {
        // The first poll runs a second after the start; after it only IDLE can bring mail in for an hour.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from scheduled_job_run where outcome = 'SUCCEEDED'") == 1);
        Thread.sleep(1000); // let the watcher enter IDLE

        ImapTestMail.append(imap, "vanthu", PASSWORD, "INBOX", ImapTestMail.message("idle-1@moj.gov.vn", "Hỏa tốc"));

        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from mailbox_receipt") == 1);
        assertThat(count("select count(*) from scheduled_job_run where outcome = 'SUCCEEDED'"))
                .isEqualTo(1);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
