package vn.officialmail.gateway.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Folder;
import jakarta.mail.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.LoopbackGateway;

/**
 * Unit mailboxes end to end on H2: accounts through the API, intake from GreenMail IMAP into the
 * message records, one record with two receipts for the same message in two unit mailboxes, a
 * UIDVALIDITY reset without duplicates, the after-intake keyword, the job list, and no secret in
 * the database files, the API or the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailboxIntakeIT {

    private static final String PASSWORD_A = "Mk-hop-thu-A-7f3c9e";
    private static final String PASSWORD_B = "Mk-hop-thu-B-41d2aa";
    private static final String PASSWORD_C = "Mk-hop-thu-C-93be10";

    @TempDir
    static Path dataDir;

    static final GreenMail imap = ImapTestMail.startImap();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.register(registry, dataDir);
        registry.add("gateway.mode", () -> "journal");
        registry.add("gateway.security.bootstrap-admin.password", () -> "mailbox-secret");
        registry.add("gateway.mailbox.poll-interval", () -> "2s");
        registry.add("gateway.mailbox.max-message-size", () -> "64KB");
        registry.add("spring.quartz.scheduler-name", () -> "mailbox-intake-it");
        imap.setUser("vanthu-a@tuphap.gov.vn", "vanthu-a", PASSWORD_A);
        imap.setUser("vanthu-b@tuphap.gov.vn", "vanthu-b", PASSWORD_B);
        imap.setUser("vanthu-c@tuphap.gov.vn", "vanthu-c", PASSWORD_C);
        imap.setUser("vanthu-d@tuphap.gov.vn", "vanthu-d", PASSWORD_C);
    }

    @AfterAll
    static void stopImap() {
        imap.stop();
    }

    @LocalServerPort
    int httpPort;

    @Autowired
    JdbcClient jdbc;

    ImapTestMail.Api api() {
        return new ImapTestMail.Api(httpPort, "admin", "mailbox-secret");
    }

    @Test
    @Order(1)
    void sameMessageInTwoUnitMailboxesShouldBeOneMessageRecordWithTwoReceipts(CapturedOutput output) throws Exception {
        byte[] invitation = ImapTestMail.message("giay-moi-1@moj.gov.vn", "Giấy mời họp giao ban");
        ImapTestMail.append(imap, "vanthu-a", PASSWORD_A, "INBOX", invitation);
        ImapTestMail.append(imap, "vanthu-b", PASSWORD_B, "INBOX", invitation);

        assertThat(api().post("/api/mailboxes", account("don-vi-a", "vanthu-a", PASSWORD_A, "VP"))
                        .statusCode())
                .isEqualTo(201);
        assertThat(api().post("/api/mailboxes", account("don-vi-b", "vanthu-b", PASSWORD_B, "PC"))
                        .statusCode())
                .isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from mailbox_receipt") == 2);
        String messages = await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/messages"), body -> body.contains("Giấy mời họp giao ban"));
        assertThat(messages).contains("\"total\":1");
        assertThat(count("select count(*) from message_record")).isEqualTo(1);
        assertThat(count("select count(*) from mailbox_message")).isEqualTo(1);
        assertThat(jdbc.sql("select unit_code from mailbox_receipt order by unit_code")
                        .query(String.class)
                        .list())
                .containsExactly("PC", "VP");
        assertThat(jdbc.sql("select source from message_record")
                        .query(String.class)
                        .single())
                .isEqualTo("imap");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ImapTestMail.hasKeyword(imap, "vanthu-a", PASSWORD_A, AfterIntake.DEFAULT_KEYWORD));
        assertThat(output.getAll()).doesNotContain(PASSWORD_A).doesNotContain(PASSWORD_B);
    }

    @Test
    @Order(2)
    void passwordsShouldBeNeitherInTheDatabaseFilesNorInTheApi(CapturedOutput output) throws Exception {
        String sealed = jdbc.sql("select password_enc from mailbox_account where name = 'don-vi-a'")
                .query(String.class)
                .single();

        String listed = api().get("/api/mailboxes");

        assertThat(sealed).startsWith("v1:").doesNotContain(PASSWORD_A);
        assertThat(listed)
                .contains("\"secretStored\":true")
                .doesNotContain(PASSWORD_A)
                .doesNotContain(PASSWORD_B)
                .doesNotContain("v1:");
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes)
                        .as("file %s", file)
                        .doesNotContain(latin1(PASSWORD_A))
                        .doesNotContain(latin1(PASSWORD_B));
            }
        }
        assertThat(output.getAll()).doesNotContain(PASSWORD_A).doesNotContain(PASSWORD_B);
        for (String path : new String[] {"/api/mailboxes", "/api/jobs"}) {
            assertThat(new ImapTestMail.Api(httpPort, "admin", "wrong")
                            .post(path, "{}")
                            .statusCode())
                    .isEqualTo(401);
            assertThat(java.net.http.HttpClient.newHttpClient()
                            .send(
                                    java.net.http.HttpRequest.newBuilder(
                                                    java.net.URI.create("http://127.0.0.1:" + httpPort + path))
                                            .build(),
                                    java.net.http.HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .isEqualTo(401);
        }
    }

    @Test
    @Order(3)
    void jobsShouldListEveryMailboxPollWithNextRunAndLastOutcome() throws Exception {
        String jobs = await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/jobs"), body -> body.contains("\"lastOutcome\":\"SUCCEEDED\""));

        assertThat(jobs).contains("\"group\":\"mailbox\",\"name\":\"don-vi-a\"");
        assertThat(jobs).contains("\"group\":\"mailbox\",\"name\":\"don-vi-b\"");
        assertThat(jobs).contains("\"nextRun\":");
    }

    @Test
    @Order(4)
    void uidValidityResetShouldNeitherDuplicateNorLoseMessages() throws Exception {
        byte[] first = ImapTestMail.message("cong-van-1@moj.gov.vn", "Công văn số 1");
        byte[] second = ImapTestMail.message("cong-van-2@moj.gov.vn", "Công văn số 2");
        ImapTestMail.append(imap, "vanthu-c", PASSWORD_C, "Den", first);
        api().post(
                        "/api/mailboxes",
                        account("don-vi-c", "vanthu-c", PASSWORD_C, "TCCB")
                                .replace("\"folders\":[\"INBOX\"]", "\"folders\":[\"Den\"]"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from mailbox_receipt where unit_code = 'TCCB'") == 1);
        long before = uidValidity("don-vi-c");

        // The server rebuilds the folder: new UIDVALIDITY, the old message under a new UID, and a new one.
        try (Store store = ImapTestMail.store(imap, "vanthu-c", PASSWORD_C)) {
            Folder folder = store.getFolder("Den");
            folder.delete(true);
        }
        Thread.sleep(1100); // GreenMail derives UIDVALIDITY from the clock
        ImapTestMail.append(imap, "vanthu-c", PASSWORD_C, "Den", first, second);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> uidValidity("don-vi-c") != before
                        && count("select count(*) from mailbox_receipt where unit_code = 'TCCB'") == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from message_record") == 3);
        assertThat(count("select count(*) from mailbox_message")).isEqualTo(3);
        assertThat(jdbc.sql("select count(distinct message_key) from message_record")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        String mailbox = api().get("/api/mailboxes/don-vi-c");
        assertThat(mailbox).contains("\"pending\":0").contains("\"lastUid\":2");
    }

    @Test
    @Order(5)
    void badAccountShouldGetAClearErrorAndDeletedAccountShouldKeepItsReceipts() throws Exception {
        var plain = api().post(
                        "/api/mailboxes",
                        account("ngoai", "x", "y", "VP")
                                .replace("\"host\":\"127.0.0.1\"", "\"host\":\"mail.example.vn\""));
        var deleted = api().delete("/api/mailboxes/don-vi-b");

        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(plain.body())
                .contains("\"code\":\"tls.none-not-loopback\"")
                .contains("Chỉ được dùng tls none với máy chủ trên chính máy này (loopback)")
                .contains("mail.example.vn");
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(api().get("/api/mailboxes")).doesNotContain("don-vi-b");
        assertThat(count("select count(*) from mailbox_receipt where unit_code = 'PC'"))
                .isEqualTo(1);
        assertThat(api().get("/api/jobs")).doesNotContain("\"name\":\"don-vi-b\"");
    }

    @Test
    @Order(6)
    void messageOverTheSizeLimitShouldStayOnTheServerAndBeReported() throws Exception {
        String big = new String(ImapTestMail.message("lon@moj.gov.vn", "Hồ sơ rất lớn"), StandardCharsets.UTF_8)
                + "x".repeat(100 * 1024) + "\r\n";
        byte[] small = ImapTestMail.message("nho@moj.gov.vn", "Hồ sơ nhỏ");
        ImapTestMail.append(imap, "vanthu-d", PASSWORD_C, "INBOX", big.getBytes(StandardCharsets.UTF_8), small);

        api().post("/api/mailboxes", account("don-vi-d", "vanthu-d", PASSWORD_C, "KH"));

        String mailbox = await().atMost(Duration.ofSeconds(30))
                .until(() -> api().get("/api/mailboxes/don-vi-d"), body -> body.contains("\"lastUid\":2"));
        assertThat(mailbox).contains("\"skipped\":\"UID 1 is ").contains("left on the server");
        assertThat(count("select count(*) from mailbox_receipt where unit_code = 'KH'"))
                .isEqualTo(1);
        try (Store store = ImapTestMail.store(imap, "vanthu-d", PASSWORD_C)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessageCount()).isEqualTo(2);
            assertThat(inbox.getMessage(1).getFlags().contains(AfterIntake.DEFAULT_KEYWORD))
                    .isFalse();
            assertThat(inbox.getMessage(2).getFlags().contains(AfterIntake.DEFAULT_KEYWORD))
                    .isTrue();
        }
    }

    private String account(String name, String login, String password, String unit) {
        return """
                {"name":"%s","host":"127.0.0.1","port":%d,"tls":"NONE","username":"%s","password":"%s",\
                "folders":["INBOX"],"unit":"%s"}"""
                .formatted(name, imap.getImap().getPort(), login, password, unit);
    }

    private long uidValidity(String name) {
        return jdbc.sql("select s.uid_validity from mailbox_folder_state s join mailbox_account a"
                        + " on a.id = s.account_id where a.name = ?")
                .param(name)
                .query(Long.class)
                .optional()
                .orElse(-1L);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
