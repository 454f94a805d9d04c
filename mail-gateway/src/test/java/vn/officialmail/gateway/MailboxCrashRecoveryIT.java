package vn.officialmail.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.officialmail.gateway.mailbox.TestServerCertificate;

/**
 * The initial import of a big unit mailbox, with the gateway killed (SIGKILL) halfway and
 * started again: it resumes where it stood, and every message is recorded exactly once. Then a
 * start with another master key stops with a message saying what is wrong.
 */
class MailboxCrashRecoveryIT {

    /**
     * The mailbox's size: 2,000 in every build, {@code -Dmailbox.crash.messages=10000} for the
     * issue's 10,000 (passed: 955 s for the whole test under load 17 on the shared 2-core machine,
     * over the suite's budget, hence not the default). GreenMail 2.1.5's FETCH and STORE walk the
     * folder's whole UID list, and look each message's number up by copying that list again, so one
     * command costs the square of the folder's size whatever it asks for. The gateway used to send
     * one FETCH per message (hours at 10,000); it now reads a batch with one UID FETCH ({@code
     * RawBodies}), so the import costs two such commands per batch.
     */
    private static final int MESSAGES = Integer.getInteger("mailbox.crash.messages", 2_000);

    /** Messages per batch: 20 batches, so the kill lands with about ten still to go. */
    private static final int BATCH = Integer.getInteger("mailbox.crash.batch", Math.max(25, MESSAGES / 20));

    /** Time for the whole import: generous, the machine is shared with other builds. */
    private static final Duration IMPORT_TIME = Duration.ofSeconds(Math.max(240, MESSAGES / 10));

    private static final String PASSWORD = "crash-admin";
    private static final String MAILBOX_PASSWORD = "Hop-thu-van-thu-5e7d";
    private static final Pattern TAKEN = Pattern.compile("\"taken\":(\\d+)");

    @TempDir
    Path dir;

    @Test
    void importShouldResumeAfterAKillAndRecordEveryMessageOnce() throws Exception {
        TestServerCertificate certificate = TestServerCertificate.forGreenMail();
        GreenMail imap = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS));
        imap.start();
        try {
            fill(imap.setUser("vanthu@tuphap.gov.vn", "vanthu", MAILBOX_PASSWORD));
            List<String> properties = List.of(
                    "--gateway.security.bootstrap-admin.password=" + PASSWORD,
                    "--gateway.mode=journal",
                    "--gateway.smtp.tls.enabled=false",
                    "--gateway.mailbox.batch-size=" + BATCH,
                    "--gateway.mailbox.trust-store=" + certificate.trustStore(),
                    "--gateway.mailbox.trust-store-password=" + certificate.password(),
                    "--gateway.mailbox.poll-interval=2s",
                    "--gateway.mailboxes[0].name=van-thu",
                    "--gateway.mailboxes[0].host=127.0.0.1",
                    "--gateway.mailboxes[0].port=" + imap.getImaps().getPort(),
                    "--gateway.mailboxes[0].tls=implicit",
                    "--gateway.mailboxes[0].username=vanthu",
                    "--gateway.mailboxes[0].password=" + MAILBOX_PASSWORD,
                    "--gateway.mailboxes[0].unit=VP");
            Path log = Path.of("target", "mailbox-crash-gateway.log").toAbsolutePath();
            Files.deleteIfExists(log);
            Path data = dir.resolve("data");

            GatewayProcess first = GatewayProcess.start(data, properties, log);
            ApiClient firstApi = new ApiClient(first.httpPort, "admin", PASSWORD);
            try {
                // Killed halfway through the import.
                await().atMost(IMPORT_TIME).until(() -> taken(firstApi) >= MESSAGES / 2);
            } finally {
                // Also when the wait fails: a gateway left running would go on using the test's data.
                first.kill();
            }
            long killedAt = System.nanoTime();

            try (GatewayProcess second = GatewayProcess.start(data, properties, log)) {
                ApiClient api = new ApiClient(second.httpPort, "admin", PASSWORD);
                String mailbox = await().atMost(IMPORT_TIME)
                        .until(
                                () -> api.get("/api/mailboxes/van-thu"),
                                body -> body.contains("\"pending\":0") && body.contains("\"lastUid\":" + MESSAGES));
                await().atMost(IMPORT_TIME)
                        .until(() -> api.get("/api/messages?size=1"), body -> body.contains("\"total\":" + MESSAGES));
                assertThat(mailbox).doesNotContain(MAILBOX_PASSWORD);
                // Kept in the report: the time the restarted gateway needed for the rest of the import.
                System.out.printf(
                        "MailboxCrashRecoveryIT: %d messages, restart and second half took %d s%n",
                        MESSAGES, Duration.ofNanos(System.nanoTime() - killedAt).toSeconds());
            }
            assertThat(Files.readString(log)).doesNotContain(MAILBOX_PASSWORD);

            byte[] otherKey = new byte[32];
            new SecureRandom().nextBytes(otherKey);
            List<String> withOtherKey = new java.util.ArrayList<>(properties);
            withOtherKey.add(
                    "--gateway.mailbox.master-key=" + Base64.getEncoder().encodeToString(otherKey));
            assertThatThrownBy(
                            () -> GatewayProcess.start(data, withOtherKey, log).close())
                    .hasMessageContaining("The mailbox master key does not open the stored mailbox credentials");
        } finally {
            imap.stop();
        }
    }

    private static long taken(ApiClient api) throws Exception {
        Matcher matcher = TAKEN.matcher(api.get("/api/mailboxes/van-thu"));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    /** Puts the messages straight into GreenMail's store: 10,000 IMAP APPENDs take many minutes. */
    private static void fill(GreenMailUser user) throws Exception {
        Session session = Session.getInstance(new Properties());
        for (int i = 0; i < MESSAGES; i++) {
            String raw = "Message-ID: <cv-" + i + "@moj.gov.vn>\r\nFrom: vanphong@moj.gov.vn\r\n"
                    + "To: vanthu@tuphap.gov.vn\r\nSubject: Cong van so " + i + "\r\n\r\nNoi dung " + i + "\r\n";
            user.deliver(new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
        }
    }
}
