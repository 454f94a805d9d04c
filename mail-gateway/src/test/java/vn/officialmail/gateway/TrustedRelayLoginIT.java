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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.smtp.SmtpIngress;

/**
 * The agency's own mail server hands mail on after logging in with SMTP AUTH: the gateway
 * recognises it by that login (not by address: here every client is 127.0.0.1) and judges the
 * sender on the Authentication-Results it wrote. The same message from a client that did not log
 * in fails the domain's SPF and DMARC (TestDns: mof.gov.vn allows only 192.0.2.1, p=reject).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TrustedRelayLoginIT {

    private static final String RELAY_PASSWORD = "relay-login-secret";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.register(registry, dataDir);
        registry.add("gateway.mode", () -> "journal");
        registry.add("gateway.smtp.auth.enabled", () -> "true");
        registry.add("gateway.security.bootstrap-admin.password", () -> RELAY_PASSWORD);
        registry.add("gateway.authentication.trusted-relays.identities[0]", () -> "admin");
        registry.add("gateway.authentication.trusted-relays.authserv-ids[0]", () -> "mx.mof.gov.vn");
    }

    @Autowired
    SmtpIngress smtp;

    @LocalServerPort
    int httpPort;

    @Test
    void senderShouldBeJudgedOnTheRelaysResultsWhenTheRelayLoggedIn() throws Exception {
        send("Công văn chuyển qua máy chủ thư của Bộ", true);
        send("Công văn gửi thẳng không đăng nhập", false);

        ApiClient api = new ApiClient(httpPort, "admin", RELAY_PASSWORD);
        String relayed = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/messages?channel=OFFICIAL"), body -> body.contains("máy chủ thư"));
        String direct = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/messages?channel=SPOOFED"), body -> body.contains("không đăng nhập"));

        assertThat(api.get("/api/messages/" + ApiClient.firstId(relayed)))
                .contains("mx.mof.gov.vn")
                .contains("\"registerNumber\":\"1/");
        assertThat(api.get("/api/messages/" + ApiClient.firstId(direct))).doesNotContain("\"registerNumber\":\"");
    }

    private void send(String subject, boolean logIn) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(smtp.port()));
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.ssl.trust", "127.0.0.1");
        props.put("mail.smtp.auth", Boolean.toString(logIn));
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("vanthu@mof.gov.vn"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("vanthu@tuphap.gov.vn"));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText("Kính gửi Văn phòng Bộ Tư pháp.", StandardCharsets.UTF_8.name());
        // What the ministry's own server wrote after checking the sender itself.
        message.addHeader(
                "Authentication-Results",
                "mx.mof.gov.vn; spf=pass smtp.mailfrom=vanthu@mof.gov.vn; dmarc=pass header.from=mof.gov.vn");
        if (logIn) {
            Transport.send(message, "admin", RELAY_PASSWORD);
        } else {
            Transport.send(message);
        }
    }
}
