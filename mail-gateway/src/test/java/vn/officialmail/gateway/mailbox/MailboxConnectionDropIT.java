package vn.officialmail.gateway.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.charset.StandardCharsets;
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

/** The IMAP connection cut in the middle of fetching a mailbox: the next read takes the rest, none twice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailboxConnectionDropIT {

    private static final int MESSAGES = 40;
    private static final String PASSWORD = "Hop-thu-drop-6a1c";

    @TempDir
    static Path dataDir;

    static final GreenMail imap = ImapTestMail.startImap();
    static DroppingProxy proxy;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        imap.setUser("vanthu@tuphap.gov.vn", "vanthu", PASSWORD);
        byte[][] messages = new byte[MESSAGES][];
        String padding = "Nội dung công văn. ".repeat(100);
        for (int i = 0; i < MESSAGES; i++) {
            String text = new String(
                    ImapTestMail.message("cv-" + i + "@moj.gov.vn", "Công văn " + i), StandardCharsets.UTF_8);
            messages[i] = (text + padding + "\r\n").getBytes(StandardCharsets.UTF_8);
        }
        ImapTestMail.append(imap, "vanthu", PASSWORD, "INBOX", messages);
        // About a third of the mailbox passes before the cut.
        proxy = new DroppingProxy(imap.getImap().getPort(), 40_000);

        LoopbackGateway.register(registry, dataDir);
        registry.add("gateway.mode", () -> "journal");
        registry.add("gateway.mailbox.poll-interval", () -> "1s");
        registry.add("gateway.mailbox.idle", () -> "false");
        registry.add("gateway.mailbox.batch-size", () -> "5");
        registry.add("spring.quartz.scheduler-name", () -> "mailbox-drop-it");
        registry.add("gateway.mailboxes[0].name", () -> "van-thu");
        registry.add("gateway.mailboxes[0].host", () -> "127.0.0.1");
        registry.add("gateway.mailboxes[0].port", () -> proxy.port());
        registry.add("gateway.mailboxes[0].tls", () -> "none");
        registry.add("gateway.mailboxes[0].username", () -> "vanthu");
        registry.add("gateway.mailboxes[0].password", () -> PASSWORD);
        registry.add("gateway.mailboxes[0].unit", () -> "VP");
    }

    @AfterAll
    static void stopServers() throws Exception {
        proxy.close();
        imap.stop();
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMessageShouldBeRecordedOnceWhenTheConnectionDropsMidFetch() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("select count(*) from message_record") == MESSAGES
                        && count("select count(*) from mailbox_folder_state where pending_count = 0") == 1);

        assertThat(proxy.drops).hasValue(1);
        assertThat(count("select count(*) from mailbox_message")).isEqualTo(MESSAGES);
        assertThat(count("select count(*) from mailbox_receipt")).isEqualTo(MESSAGES);
        assertThat(count("select count(distinct message_key) from message_record"))
                .isEqualTo(MESSAGES);
        assertThat(count("select max(last_uid) from mailbox_folder_state")).isEqualTo(MESSAGES);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
