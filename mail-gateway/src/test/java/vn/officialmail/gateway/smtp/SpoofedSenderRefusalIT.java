package vn.officialmail.gateway.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.GatewayApplication;
import vn.officialmail.gateway.LoopbackGateway;

/**
 * An agency that chose to refuse forged senders at SMTP time: a forged mof.gov.vn (DMARC p=reject,
 * sent from loopback, which its SPF does not list) gets 550 with the reason in both languages before
 * the gateway takes anything; genuine mail on the same connection settings is accepted.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class SpoofedSenderRefusalIT {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.register(registry, dataDir);
        registry.add("gateway.smtp.tls.enabled", () -> "false");
        registry.add("gateway.mode", () -> "inline");
        registry.add("gateway.relay.port", () -> "9");
        registry.add("gateway.security.bootstrap-admin.password", () -> "test-admin-secret");
        registry.add("gateway.policy.reject-spoofed-at-smtp", () -> "true");
    }

    @Autowired
    SmtpIngress smtp;

    @Autowired
    JdbcClient jdbc;

    @Test
    void forgedOfficialSenderShouldBeRefusedWith550AndAuditedAndNothingKept() {
        assertThatThrownBy(() -> send("ketoan@mof.gov.vn", "Đề nghị chuyển khoản gấp"))
                .isInstanceOf(SendFailedException.class)
                .hasStackTraceContaining("550")
                .hasStackTraceContaining("Nguoi gui mao danh mof.gov.vn")
                .hasStackTraceContaining("forged sender mof.gov.vn refused");

        assertThat(jdbc.sql("select count(*) from message_record")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select details from audit_event where action = 'refused-spoofed'")
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains("ketoan@mof.gov.vn");
    }

    @Test
    void genuineOfficialSenderShouldBeAccepted() throws Exception {
        send("vanthu@moj.gov.vn", "Giấy mời họp");
    }

    private void send(String from, String subject) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(smtp.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("vanthu@tuphap.gov.vn"));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText("Nội dung thư.", StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
