package vn.officialmail.gateway.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.TestDns;

/**
 * IMAPS (implicit TLS): the server's certificate is checked against the configured trust store
 * and its name against the host the account names; a name the certificate does not carry fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailboxImapsIT {

    private static final String PASSWORD = "Hop-thu-tls-0c3e";

    static Path dir;
    static GreenMail imaps;
    static TestServerCertificate certificate;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        dir = Files.createTempDirectory("mailbox-imaps");
        // GreenMail reads its server key store once per JVM: every TLS test shares this certificate.
        certificate = TestServerCertificate.forGreenMail();
        imaps = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS));
        imaps.start();
        imaps.setUser("vanthu@tuphap.gov.vn", "vanthu", PASSWORD);
        append();

        TestDns.register(registry);
        registry.add("gateway.data-dir", () -> dir.resolve("data").toString());
        registry.add("gateway.smtp.port", () -> "0");
        registry.add("gateway.smtp.bind-address", () -> "127.0.0.1");
        registry.add("gateway.mode", () -> "journal");
        registry.add("gateway.mailbox.poll-interval", () -> "1s");
        registry.add(
                "gateway.mailbox.trust-store", () -> certificate.trustStore().toString());
        registry.add("gateway.mailbox.trust-store-password", () -> certificate.password());
        registry.add("spring.quartz.scheduler-name", () -> "mailbox-imaps-it");
        int port = imaps.getImaps().getPort();
        account(registry, 0, "dung-ten", "127.0.0.1", port);
        account(registry, 1, "sai-ten", "localhost", port);
    }

    private static void account(DynamicPropertyRegistry registry, int i, String name, String host, int port) {
        String prefix = "gateway.mailboxes[" + i + "].";
        registry.add(prefix + "name", () -> name);
        registry.add(prefix + "host", () -> host);
        registry.add(prefix + "port", () -> port);
        registry.add(prefix + "tls", () -> "implicit");
        registry.add(prefix + "username", () -> "vanthu");
        registry.add(prefix + "password", () -> PASSWORD);
        registry.add(prefix + "unit", () -> "VP");
        registry.add(prefix + "after-intake", () -> "none");
    }

    @AfterAll
    static void stop() {
        imaps.stop();
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void mailShouldBeTakenOverTlsWhenTheCertificateNamesTheHost() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from message_record") == 1 && error("sai-ten") != null);

        assertThat(count("select count(*) from mailbox_receipt r join mailbox_account a on a.id = r.account_id"
                        + " where a.name = 'dung-ten'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from mailbox_receipt r join mailbox_account a on a.id = r.account_id"
                        + " where a.name = 'sai-ten'"))
                .isZero();
        // Same trust store, another name: the TLS handshake refuses it before any login is sent.
        assertThat(error("sai-ten")).containsIgnoringCase("certific");
    }

    private String error(String name) {
        return jdbc.sql("select s.last_error from mailbox_folder_state s join mailbox_account a on a.id = s.account_id"
                        + " where a.name = ?")
                .param(name)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static void append() throws Exception {
        Properties props = new Properties();
        props.put("mail.imaps.ssl.trust", "*");
        props.put("mail.imaps.ssl.checkserveridentity", "false");
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("imaps")) {
            store.connect("127.0.0.1", imaps.getImaps().getPort(), "vanthu", PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.appendMessages(new Message[] {
                new MimeMessage(session, new ByteArrayInputStream(ImapTestMail.message("tls-1@moj.gov.vn", "Qua TLS")))
            });
        }
    }
}
