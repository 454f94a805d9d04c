package vn.officialmail.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.smtp.SmtpIngress;

/** The same path on PostgreSQL (profile {@code postgres}): migrations, record, register, audit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closes the gateway before JUnit deletes its data directory.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles("postgres")
class PostgresGatewayIT {

    @TempDir
    static Path dataDir;

    static TestDatabases.PostgresDatabase database;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        LoopbackGateway.register(registry, dataDir);
        database = TestDatabases.postgres();
        registry.add("spring.datasource.url", database::url);
        registry.add("gateway.mode", () -> "journal");
        registry.add("gateway.security.bootstrap-admin.password", () -> "pg-secret");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        // The context is cached until the JVM ends; close its pool first so the drop succeeds.
        database.close();
    }

    @Autowired
    SmtpIngress smtp;

    @LocalServerPort
    int httpPort;

    @Test
    void officialMessageShouldBeRegisteredAndAuditedWhenTheDatabaseIsPostgres() throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(smtp.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("vanphong@moj.gov.vn"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("vanthu@tuphap.gov.vn"));
        message.setSubject("Thông báo kết luận cuộc họp", StandardCharsets.UTF_8.name());
        message.setText("Nội dung thông báo", StandardCharsets.UTF_8.name());

        Transport.send(message);

        ApiClient api = new ApiClient(httpPort, "admin", "pg-secret");
        String list = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/messages"), body -> body.contains("Thông báo kết luận"));
        assertThat(list).contains("\"registerNumber\":\"1/");
        assertThat(api.get("/api/audit/verify")).contains("\"intact\":true");
        // Searchable within a second of processing (near-real-time reopen), not at once.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(api.get("/api/search?q=thong+bao+ket+luan")).contains("Thông báo kết luận"));
    }
}
