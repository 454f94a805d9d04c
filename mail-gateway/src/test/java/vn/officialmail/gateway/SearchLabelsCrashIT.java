package vn.officialmail.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A quarantine release shown by search survives a SIGKILL of the gateway, a separate JVM, although
 * the message is older than what the index's catch-up at start re-indexes (the last commit's marker
 * less 1,000 record ids) and the kill comes before the next periodic commit.
 *
 * <p>The periodic commit runs every 5 s (not configurable); the test releases right after one and
 * kills as soon as search shows the release, well under a second later, so that without a commit of
 * its own the release would be lost in nearly every run.
 */
class SearchLabelsCrashIT {

    private static final String PASSWORD = "label-crash-secret";
    private static final Pattern MESSAGE_ID = Pattern.compile("\"messageId\":(\\d+)");

    @TempDir
    Path dir;

    @Test
    void aReleaseSearchShowsShouldStayWhenTheGatewayIsKilledBeforeTheNextPeriodicCommit() throws Exception {
        try (TestDatabases.PostgresDatabase database = TestDatabases.postgres()) {
            List<String> properties = List.of(
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + database.url(),
                    "--gateway.mode=journal",
                    "--gateway.security.bootstrap-admin.password=" + PASSWORD,
                    "--gateway.smtp.tls.enabled=false");
            Path log = Path.of("target", "search-labels-crash-gateway.log").toAbsolutePath();
            Files.deleteIfExists(log);
            Path data = dir.resolve("data");
            int smtpPort = GatewayProcess.freePort();
            int httpPort = GatewayProcess.freePort();
            JdbcClient jdbc = JdbcClient.create(database.dataSource());

            long held;
            Duration killedAfter;
            try (GatewayProcess first = GatewayProcess.start(data, properties, log, smtpPort, httpPort)) {
                ApiClient api = new ApiClient(httpPort, "admin", PASSWORD);
                // mof.gov.vn rejects by DMARC what comes from loopback: spoofed, so held
                send(smtpPort, "ketoan@mof.gov.vn", "Đề nghị chuyển khoản gấp nhãn-sập");
                held = await().atMost(Duration.ofSeconds(60))
                        .until(() -> ids(api, "nhan sap trang-thai:QUARANTINED"), ids -> ids.size() == 1)
                        .get(0);
                // Later messages get ids far above it, so the catch-up at start no longer reaches it.
                jdbc.sql("alter table message_record alter column id restart with " + (held + 5000))
                        .update();
                send(smtpPort, "vanthu@moj.gov.vn", "Thông báo lịch công tác tuần");
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> !ids(api, "lich cong tac tuan").isEmpty());
                long generation = newestCommit(data);
                await().atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(10))
                        .until(() -> newestCommit(data) > generation);
                // That periodic commit's marker lies above the later message; the next is 5 s off.
                long committedAt = System.nanoTime();

                assertThat(api.post("/api/quarantine/" + held + "/release", "{\"reason\":\"Đã xác minh\"}"))
                        .isEqualTo(200);
                await().atMost(Duration.ofSeconds(10))
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> ids(api, "trang-thai:RELEASED").contains(held));
                first.kill();
                killedAfter = Duration.ofNanos(System.nanoTime() - committedAt);
            }

            try (GatewayProcess second = GatewayProcess.start(data, properties, log, smtpPort, httpPort)) {
                ApiClient api = new ApiClient(httpPort, "admin", PASSWORD);
                await().atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> assertThat(ids(api, "nhan sap trang-thai:RELEASED"))
                                .as(
                                        "killed %s ms after a periodic commit; gateway log:%n%s",
                                        killedAfter.toMillis(), GatewayProcess.tail(log))
                                .containsExactly(held));
                assertThat(ids(api, "trang-thai:QUARANTINED")).doesNotContain(held);
            }
        }
    }

    private static void send(int port, String from, String subject) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(port));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("vanthu@tuphap.gov.vn"));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText("Nội dung: " + subject, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }

    private static List<Long> ids(ApiClient api, String query) throws Exception {
        String body = api.get("/api/search?limit=200&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return MESSAGE_ID
                .matcher(body)
                .results()
                .map(m -> Long.parseLong(m.group(1)))
                .toList();
    }

    /** The generation of the index's newest commit ({@code segments_N}, N in base 36). */
    private static long newestCommit(Path data) throws Exception {
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith("segments_"))
                    .mapToLong(name -> Long.parseLong(name.substring("segments_".length()), Character.MAX_RADIX))
                    .max()
                    .orElse(0);
        }
    }
}
