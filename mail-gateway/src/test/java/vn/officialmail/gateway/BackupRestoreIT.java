package vn.officialmail.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.officialmail.gateway.backup.BackupRestore;
import vn.officialmail.gateway.smtp.SmtpIngress;

/**
 * A backup of a running gateway, restored into an empty data directory, gives a gateway with the
 * same message, register entry and intact audit chain, and rebuilds the search index; a damaged
 * backup or a data directory in use is refused without writing anything.
 */
class BackupRestoreIT {

    private static final String PASSWORD = "backup-admin-secret";

    @TempDir
    Path dir;

    @Test
    void restoredGatewayShouldHoldTheSameRecordsRegisterAndAuditChain() throws Exception {
        Path original = dir.resolve("original");
        String backup;
        long id;
        try (ConfigurableApplicationContext gateway = start(original)) {
            ApiClient api = new ApiClient(port(gateway), "admin", PASSWORD);
            send(gateway, "Giấy mời họp giao ban quý IV");
            String list = await().atMost(Duration.ofSeconds(30))
                    .until(() -> api.get("/api/messages?state=PROCESSED"), body -> body.contains("quý IV"));
            id = ApiClient.firstId(list);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> api.get("/api/audit/verify"), body -> body.contains("\"intact\":true"));
            String taken = api.postForBody("/api/backups", "");
            Matcher directory = Pattern.compile("\"directory\":\"([^\"]+)\"").matcher(taken);
            assertThat(directory.find()).as(taken).isTrue();
            backup = directory.group(1);
        }
        // The audit signing key travels with the backup; the mailbox master key never does (the
        // backup holds the credentials it decrypts).
        assertThat(Files.readString(Path.of(backup).resolve("SHA256SUMS")))
                .contains("files/keys/")
                .doesNotContain("mailbox-master.key");
        assertThat(Files.exists(original.resolve("keys").resolve("mailbox-master.key")))
                .isTrue();
        assertThat(Files.readString(Path.of(backup).resolve("backup.properties")))
                .contains("mailboxMasterKey=not included");

        Path restored = dir.resolve("restored");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new BackupRestore(restored, BackupRestore.h2Url(restored), "sa", "")
                .run(Path.of(backup), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();

        try (ConfigurableApplicationContext gateway = start(restored)) {
            ApiClient api = new ApiClient(port(gateway), "admin", PASSWORD);
            assertThat(api.get("/api/messages/" + id)).contains("quý IV").contains("\"registerNumber\":\"1/");
            assertThat(api.get("/api/audit/verify")).contains("\"intact\":true");
            assertThat(api.get("/api/registers/verify")).contains("\"intact\":true");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.get("/api/search?q=giao+ban"))
                    .contains("\"messageId\":" + id));
        }
    }

    @Test
    void damagedBackupOrUsedDataDirectoryShouldBeRefusedAndNothingWritten() throws Exception {
        Path backup = Files.createDirectories(dir.resolve("backup"));
        Files.writeString(backup.resolve("database-h2.zip"), "not what was written");
        Files.writeString(
                backup.resolve("SHA256SUMS"), "0".repeat(64) + "  database-h2.zip\n" + "1".repeat(64) + "  gone.txt\n");
        Path target = dir.resolve("target");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = new BackupRestore(target, BackupRestore.h2Url(target), "sa", "")
                .run(backup, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("database-h2.zip: altered")
                .contains("gone.txt: missing");
        assertThat(target).doesNotExist();

        Files.writeString(
                backup.resolve("SHA256SUMS"),
                vn.officialmail.gateway.message.BlobStore.sha256Hex(backup.resolve("database-h2.zip"))
                        + "  database-h2.zip\n");
        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("keep.txt"), "dữ liệu đang dùng");
        assertThatThrownBy(() -> new BackupRestore(used, BackupRestore.h2Url(used), "sa", "")
                        .run(backup, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .hasMessageContaining("restore needs an empty data directory");
        assertThat(Files.readString(used.resolve("keep.txt"))).isEqualTo("dữ liệu đang dùng");
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .properties(new java.util.HashMap<String, Object>(TestDns.properties()))
                .run(
                        "--gateway.data-dir=" + dataDir,
                        "--gateway.mode=journal",
                        "--gateway.smtp.port=0",
                        "--gateway.smtp.bind-address=127.0.0.1",
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--gateway.security.bootstrap-admin.password=" + PASSWORD);
    }

    private static int port(ConfigurableApplicationContext gateway) {
        return ((WebServerApplicationContext) gateway).getWebServer().getPort();
    }

    private static void send(ConfigurableApplicationContext gateway, String subject) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put(
                "mail.smtp.port",
                Integer.toString(gateway.getBean(SmtpIngress.class).port()));
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.ssl.trust", "127.0.0.1");
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("vanthu@moj.gov.vn"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("vanthu@tuphap.gov.vn"));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText("Kính gửi các đơn vị: mời dự họp giao ban quý IV.", StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
