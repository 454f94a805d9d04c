package vn.officialmail.gateway.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.LoopbackGateway;
import vn.officialmail.gateway.users.Role;
import vn.officialmail.gateway.users.UserAccounts;

/**
 * The submission port end to end (inline mode, a GreenMail next hop): nothing is taken before
 * STARTTLS (a real TLS handshake) and AUTH, a wrong password is refused, and an official document a
 * logged-in official sends to a gmail.com address is accepted, judged official and outbound,
 * recorded as a violation of the sender's unit and relayed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SubmissionIT {

    private static final String USER = "nvan@moj.gov.vn";
    private static final String PASSWORD = "mat-khau-gui-thu-2026";

    @TempDir
    static Path dataDir;

    @RegisterExtension
    static final GreenMailExtension nextHop = LoopbackGateway.nextHop();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.register(registry, dataDir);
        registry.add("spring.quartz.scheduler-name", () -> "submission-it");
        LoopbackGateway.submission(registry);
        LoopbackGateway.relayTo(registry, () -> nextHop.getSmtp().getPort());
        registry.add("gateway.directory.agencies[0].code", () -> "BTP");
        registry.add("gateway.directory.agencies[0].name", () -> "Bộ Tư pháp");
        registry.add("gateway.directory.agencies[0].domains[0]", () -> "moj.gov.vn");
        registry.add("gateway.directory.units[0].code", () -> "BTP-KHTC");
        registry.add("gateway.directory.units[0].agency", () -> "BTP");
        registry.add("gateway.directory.units[0].name", () -> "Vụ Kế hoạch - Tài chính");
        registry.add("gateway.directory.units[0].abbreviation", () -> "KHTC");
        registry.add("gateway.directory.accounts[0].address", () -> USER);
        registry.add("gateway.directory.accounts[0].name", () -> "Nguyễn Văn An");
        registry.add("gateway.directory.accounts[0].unit", () -> "BTP-KHTC");
    }

    @Autowired
    SubmissionIngress submission;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void staffAccount() {
        if (accounts.find(USER).isEmpty()) {
            accounts.create(USER, PASSWORD, Set.of(Role.STAFF), Optional.of("BTP-KHTC"));
        }
    }

    @Test
    void mailShouldBeRefusedBeforeStartTls() throws Exception {
        try (Client client = new Client(submission.port())) {
            String ehlo = client.command("EHLO client.test");

            assertThat(client.lines()).anyMatch(line -> line.contains("STARTTLS"));
            assertThat(client.lines()).noneMatch(line -> line.contains("AUTH"));
            assertThat(ehlo).startsWith("250");
            assertThat(client.command("AUTH PLAIN " + plain(USER, PASSWORD))).startsWith("530");
            assertThat(client.command("MAIL FROM:<" + USER + ">")).startsWith("530");
        }
    }

    @Test
    void mailShouldBeRefusedAfterStartTlsUntilTheUserLogsIn(CapturedOutput output) throws Exception {
        try (Client client = new Client(submission.port())) {
            client.command("EHLO client.test");
            String protocol = client.startTls();
            client.command("EHLO client.test");

            assertThat(protocol).startsWith("TLSv1.");
            assertThat(client.lines()).anyMatch(line -> line.contains("AUTH") && line.contains("PLAIN"));
            assertThat(client.command("MAIL FROM:<" + USER + ">")).startsWith("530");
            assertThat(client.command("AUTH PLAIN " + plain(USER, "sai-mat-khau")))
                    .startsWith("535");
            assertThat(client.command("MAIL FROM:<" + USER + ">")).startsWith("530");
            assertThat(client.command("AUTH PLAIN " + plain(USER, PASSWORD))).startsWith("235");
            assertThat(client.command("MAIL FROM:<" + USER + ">")).startsWith("250");
        }
        assertThat(output.getAll())
                .as("no password in the log, in clear or as the AUTH PLAIN token")
                .doesNotContain(PASSWORD)
                .doesNotContain(plain(USER, PASSWORD))
                .doesNotContain("sai-mat-khau");
    }

    @Test
    void mailShouldBeRefusedWhenTheUserSendsAsSomeoneElse() throws Exception {
        try (Client client = new Client(submission.port())) {
            client.command("EHLO client.test");
            client.startTls();
            client.command("EHLO client.test");
            client.command("AUTH PLAIN " + plain(USER, PASSWORD));

            String otherEnvelope = client.command("MAIL FROM:<bo.truong@moj.gov.vn>");
            String ownEnvelope = client.command("MAIL FROM:<" + USER + ">");
            client.command("RCPT TO:<vanthu@mof.gov.vn>");
            client.command("DATA");
            String otherHeader = client.command("From: bo.truong@moj.gov.vn\r\nTo: vanthu@mof.gov.vn\r\n"
                    + "Subject: Mạo danh\r\n\r\nGửi thay Bộ trưởng.\r\n.");

            assertThat(otherEnvelope).startsWith("553 5.7.1").contains("may not send as bo.truong@moj.gov.vn");
            assertThat(ownEnvelope).startsWith("250");
            assertThat(otherHeader).startsWith("553 5.7.1");
        }
        assertThat(jdbc.sql("select count(*) from message_record where subject = ?")
                        .param("Mạo danh")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void wrongPasswordShouldBeRefusedToAMailClient() {
        assertThatThrownBy(() -> send("Sai mật khẩu", "sai-mat-khau", 1))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("535");
        assertThat(jdbc.sql("select count(*) from message_record where source = 'submission' and subject = ?")
                        .param("Sai mật khẩu")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void officialDocumentToGmailShouldBeRecordedAsAViolationAndRelayed() throws Exception {
        String subject = "Giấy mời họp gửi hộp thư cá nhân";

        send(subject, PASSWORD, 214);

        long id = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.sql("select id from message_record where source = 'submission' and subject = ?")
                                .param(subject)
                                .query(Long.class)
                                .optional(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(jdbc.sql("select channel from message_record where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("OFFICIAL");
        assertThat(jdbc.sql("select channel_reasons from message_record where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .contains("Chiều thư: OUTBOUND")
                .contains(USER);
        assertThat(jdbc.sql("select kind || ' ' || direction || ' ' || counterpart_address || ' ' || unit_code"
                                + " from violation where message_record_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("OFFICIAL_DOCUMENT_TO_PERSONAL_MAILBOX OUTBOUND ca.nhan@gmail.com BTP-KHTC");
        MimeMessage relayed = await().atMost(Duration.ofSeconds(30)).until(() -> relayed(subject), m -> m != null);
        assertThat(relayed.getHeader("X-Official-Channel")).containsExactly("OFFICIAL");
        assertThat(relayed.getHeader("X-Official-Direction")).containsExactly("OUTBOUND");
        assertThat(relayed.getHeader("Authentication-Results", null)).contains("smtp.auth=" + USER);
        assertThat(relayed.getAllRecipients()).extracting(Object::toString).contains("ca.nhan@gmail.com");
        // Sent out from the agency: entered in the outgoing register, not the incoming one.
        assertThat(await().atMost(Duration.ofSeconds(30))
                        .until(
                                () -> jdbc.sql("select register_code from register_entry where message_record_id = ?")
                                        .param(id)
                                        .query(String.class)
                                        .list(),
                                codes -> !codes.isEmpty()))
                .containsExactly("outgoing");
    }

    private void send(String subject, String password, int number) throws MessagingException {
        Session session = LoopbackGateway.submissionSession(submission.port());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(USER));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse("vanthu@mof.gov.vn, ca.nhan@gmail.com"));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(
                String.join(
                        "\r\n",
                        "BỘ TƯ PHÁP",
                        "VỤ KẾ HOẠCH - TÀI CHÍNH",
                        "Số: " + number + "/GM-KHTC",
                        "Hà Nội, ngày 24 tháng 11 năm 2026",
                        "GIẤY MỜI",
                        "Họp rà soát kế hoạch năm 2027",
                        "Vụ Kế hoạch - Tài chính trân trọng kính mời đại diện lãnh đạo các đơn vị dự họp."),
                StandardCharsets.UTF_8.name());
        Transport.send(message, USER, password);
    }

    private static MimeMessage relayed(String subject) throws MessagingException {
        for (MimeMessage message : nextHop.getReceivedMessages()) {
            if (subject.equals(message.getSubject())) {
                return message;
            }
        }
        return null;
    }

    private static String plain(String user, String password) {
        return Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A raw SMTP client that can switch to TLS in the middle, as STARTTLS does (RFC 3207). */
    private static final class Client implements AutoCloseable {

        private Socket socket;
        private BufferedReader in;
        private OutputStream out;
        private final List<String> lines = new ArrayList<>();

        Client(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(10_000);
            streams();
            reply();
        }

        /** Sends a command and returns the last line of its reply. */
        String command(String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return reply();
        }

        /** Every line of the last reply. */
        List<String> lines() {
            return List.copyOf(lines);
        }

        /** STARTTLS and the handshake; returns the negotiated protocol. */
        String startTls() throws Exception {
            assertThat(command("STARTTLS")).startsWith("220");
            SSLContext context = SSLContext.getInstance("TLS");
            // The gateway's self-signed certificate: trusting it is the test's business, not the client's.
            context.init(null, new TrustManager[] {new TrustingEverything()}, new SecureRandom());
            SSLSocket tls =
                    (SSLSocket) context.getSocketFactory().createSocket(socket, "127.0.0.1", socket.getPort(), true);
            tls.startHandshake();
            socket = tls;
            streams();
            return tls.getSession().getProtocol();
        }

        private void streams() throws IOException {
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out = socket.getOutputStream();
        }

        private String reply() throws IOException {
            lines.clear();
            String line;
            do {
                line = in.readLine();
                if (line == null) {
                    throw new IOException("connection closed");
                }
                lines.add(line);
            } while (line.length() > 3 && line.charAt(3) == '-');
            return line;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static final class TrustingEverything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
