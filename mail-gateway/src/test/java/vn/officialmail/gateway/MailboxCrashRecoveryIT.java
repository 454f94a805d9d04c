package vn.officialmail.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.store.MailFolder;
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
     * The mailbox's size, the 10,000, spread over {@value #FOLDERS} watched folders of one
     * account. GreenMail 2.1.5's FETCH and STORE walk the folder's whole UID list, and look each
     * message's number up by copying that list again, so one command costs the square of the
     * folder's size whatever it asks for: one folder of 10,000 took 955 s under load, folders of
     * 2,000 cost a twenty-fifth per command. A real server has no such cost; the gateway's side
     * (one UID FETCH per batch, {@code RawBodies}) is the same either way.
     */
    private static final int MESSAGES = Integer.getInteger("mailbox.crash.messages", 10_000);

    /** Folders of the account; INBOX is the first. */
    private static final int FOLDERS = 5;

    private static final int PER_FOLDER = MESSAGES / FOLDERS;

    /** Messages per batch: 10 batches per folder, so the kill lands mid-folder with batches still to go. */
    private static final int BATCH = Integer.getInteger("mailbox.crash.batch", Math.max(25, PER_FOLDER / 10));

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
            List<String> folders = fill(imap, imap.setUser("vanthu@tuphap.gov.vn", "vanthu", MAILBOX_PASSWORD));
            List<String> properties = new java.util.ArrayList<>(List.of(
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
                    "--gateway.mailboxes[0].unit=VP"));
            for (int f = 0; f < FOLDERS; f++) {
                properties.add("--gateway.mailboxes[0].folders[" + f + "]=" + folders.get(f));
            }
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
                                body -> count(body, "\"pending\":0,") == FOLDERS
                                        && count(body, "\"lastUid\":" + PER_FOLDER + ",") == FOLDERS);
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

    /** Messages taken so far, over every folder. */
    private static long taken(ApiClient api) throws Exception {
        Matcher matcher = TAKEN.matcher(api.get("/api/mailboxes/van-thu"));
        long taken = 0;
        while (matcher.find()) {
            taken += Long.parseLong(matcher.group(1));
        }
        return taken;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /**
     * Puts the messages straight into GreenMail's store, {@value #FOLDERS} folders of {@link
     * #PER_FOLDER}: 10,000 IMAP APPENDs take many minutes.
     *
     * @return the folders' names, INBOX first
     */
    private static List<String> fill(GreenMail imap, GreenMailUser user) throws Exception {
        Session session = Session.getInstance(new Properties());
        List<String> names = new java.util.ArrayList<>(List.of("INBOX"));
        for (int f = 1; f < FOLDERS; f++) {
            names.add("Nam-" + (2020 + f));
        }
        for (int f = 0; f < FOLDERS; f++) {
            MailFolder folder = f == 0
                    ? imap.getManagers().getImapHostManager().getInbox(user)
                    : imap.getManagers().getImapHostManager().createMailbox(user, names.get(f));
            for (int i = f * PER_FOLDER; i < (f + 1) * PER_FOLDER; i++) {
                String raw = "Message-ID: <cv-" + i + "@moj.gov.vn>\r\nFrom: vanphong@moj.gov.vn\r\n"
                        + "To: vanthu@tuphap.gov.vn\r\nSubject: Cong van so " + i + "\r\n\r\nNoi dung " + i + "\r\n";
                folder.store(new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
            }
        }
        return names;
    }
}
