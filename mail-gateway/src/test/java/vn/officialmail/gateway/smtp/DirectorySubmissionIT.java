package vn.officialmail.gateway.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.ApiClient;
import vn.officialmail.gateway.LoopbackGateway;
import vn.officialmail.gateway.users.Role;
import vn.officialmail.gateway.users.UserAccounts;
import vn.officialmail.gateway.users.UserAdministration;

/**
 * SMTP AUTH on the submission port checks directory accounts as the console does, by a bind to the
 * agency's LDAP (an in-process UnboundID server on a loopback port; GreenMail is the next hop): the
 * directory password submits mail, a wrong one is {@code 535} and counts toward the lockout, a
 * directory that cannot be reached is {@code 454 4.7.0} (RFC 4954 §6) and counts for nothing, a
 * disabled account is refused, and local accounts keep their own password whether or not the
 * directory answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DirectorySubmissionIT {

    private static final String BASE = "ou=people,dc=moj,dc=gov,dc=vn";
    private static final String SENDER = "lan.nt@moj.gov.vn";
    private static final String GUESSED = "minh.tq@moj.gov.vn";
    private static final String STRANDED = "hoa.pt@moj.gov.vn";
    private static final String DEPARTED = "tuan.lv@moj.gov.vn";
    private static final String LOCAL = "nvan@moj.gov.vn";
    private static final String DIRECTORY_PASSWORD = "Mật-khẩu-thư-mục-7";
    private static final String LOCAL_PASSWORD = "mat-khau-gui-thu-2026";

    @TempDir
    static Path dataDir;

    static GreenMail nextHop;
    static InMemoryDirectoryServer ldap;

    @BeforeAll
    static void start() throws Exception {
        nextHop = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        nextHop.start();
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=moj,dc=gov,dc=vn");
        // A fixed port, so that the directory can be stopped and started again where the gateway looks for it.
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig(
                "loopback", InetAddress.getLoopbackAddress(), freePort(), null));
        ldap = new InMemoryDirectoryServer(config);
        ldap.add("dn: dc=moj,dc=gov,dc=vn", "objectClass: domain", "dc: moj");
        ldap.add("dn: " + BASE, "objectClass: organizationalUnit", "ou: people");
        for (String uid : List.of(SENDER, GUESSED, STRANDED, DEPARTED)) {
            ldap.add(
                    "dn: uid=" + uid + "," + BASE,
                    "objectClass: inetOrgPerson",
                    "uid: " + uid,
                    "cn: " + uid,
                    "sn: " + uid,
                    "userPassword: " + DIRECTORY_PASSWORD);
        }
        ldap.startListening();
    }

    @AfterAll
    static void stop() {
        ldap.shutDown(true);
        nextHop.stop();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.register(registry, dataDir);
        registry.add("spring.quartz.scheduler-name", () -> "directory-submission-it");
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("gateway.submission.enabled", () -> "true");
        registry.add("gateway.submission.port", () -> "0");
        registry.add("gateway.submission.bind-address", () -> "127.0.0.1");
        LoopbackGateway.relayTo(registry, () -> nextHop.getSmtp().getPort());
        registry.add("gateway.security.lockout.max-failures", () -> "2");
        registry.add("gateway.security.ldap.url", () -> "ldap://127.0.0.1:" + ldap.getListenPort());
        registry.add("gateway.security.ldap.user-dn-pattern", () -> "uid={0}," + BASE);
        registry.add("gateway.security.ldap.timeout", () -> "2s");
        registry.add("gateway.directory.agencies[0].code", () -> "BTP");
        registry.add("gateway.directory.agencies[0].name", () -> "Bộ Tư pháp");
        registry.add("gateway.directory.agencies[0].domains[0]", () -> "moj.gov.vn");
    }

    @LocalServerPort
    int httpPort;

    @Autowired
    SubmissionIngress submission;

    @Autowired
    UserAdministration users;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void directoryAccountShouldSubmitMailWithItsDirectoryPassword() throws Exception {
        directoryAccount(SENDER);
        String subject = "Giấy mời họp giao ban tháng 12";

        send(SENDER, DIRECTORY_PASSWORD, subject);

        String source = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.sql("select source from message_record where subject = ?")
                                .param(subject)
                                .query(String.class)
                                .optional(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(source).isEqualTo("submission");
        MimeMessage relayed = await().atMost(Duration.ofSeconds(30)).until(() -> relayed(subject), m -> m != null);
        assertThat(relayed.getHeader("Authentication-Results", null)).contains("smtp.auth=" + SENDER);
    }

    @Test
    void wrongDirectoryPasswordShouldBeRefusedAndLockTheAccount() throws Exception {
        directoryAccount(GUESSED);

        for (String wrong : List.of("sai-mật-khẩu-1", "sai-mật-khẩu-2")) {
            assertThatThrownBy(() -> login(GUESSED, wrong, "PLAIN"))
                    .isInstanceOf(AuthenticationFailedException.class)
                    .hasMessageContaining("535");
        }

        assertThatThrownBy(() -> login(GUESSED, DIRECTORY_PASSWORD, "PLAIN"))
                .as("locked after max-failures, even with the right directory password")
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("535");
        assertThat(audited(GUESSED))
                .anySatisfy(line -> assertThat(line).startsWith("login-failed").contains("\"via\":\"submission\""))
                .anySatisfy(line -> assertThat(line).startsWith("user-locked"))
                .anySatisfy(line -> assertThat(line).startsWith("login-refused-locked"));
    }

    @Test
    void unreachableDirectoryShouldBeATemporaryFailureThatCountsForNothing() throws Exception {
        directoryAccount(STRANDED);
        localAccount();

        ldap.shutDown(false);
        try {
            for (String mechanism : List.of("PLAIN", "LOGIN")) {
                assertThatThrownBy(() -> login(STRANDED, DIRECTORY_PASSWORD, mechanism))
                        .as("AUTH %s while the directory is down", mechanism)
                        .isInstanceOf(AuthenticationFailedException.class)
                        .hasMessageContaining("454 4.7.0");
            }
            // The console shares the check: its refusals while the directory is down count for nothing either.
            assertThat(List.of(apiStatus(STRANDED, DIRECTORY_PASSWORD), apiStatus(STRANDED, DIRECTORY_PASSWORD)))
                    .containsOnly(401);
            login(LOCAL, LOCAL_PASSWORD, "PLAIN"); // a local account does not need the directory
        } finally {
            ldap.startListening();
        }

        // Four attempts with max-failures 2: had any counted as a wrong password, the account would be locked now.
        login(STRANDED, DIRECTORY_PASSWORD, "PLAIN");
        assertThat(audited(STRANDED)).noneMatch(line -> line.startsWith("user-locked"));
    }

    @Test
    void disabledDirectoryAccountShouldBeRefusedWithTheRightDirectoryPassword() throws Exception {
        directoryAccount(DEPARTED);
        users.setEnabled("admin", DEPARTED, false);

        assertThatThrownBy(() -> login(DEPARTED, DIRECTORY_PASSWORD, "PLAIN"))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("535");
        assertThat(audited(DEPARTED))
                .anySatisfy(line ->
                        assertThat(line).startsWith("login-refused-disabled").contains("\"via\":\"submission\""));
    }

    @Test
    void localAccountShouldKeepItsOwnPassword() throws Exception {
        localAccount();

        login(LOCAL, LOCAL_PASSWORD, "PLAIN");

        assertThatThrownBy(() -> login(LOCAL, DIRECTORY_PASSWORD, "PLAIN"))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("535");
    }

    private void directoryAccount(String username) {
        users.createDirectoryAccount("admin", username, Set.of(Role.STAFF), Optional.empty());
    }

    private void localAccount() {
        if (accounts.find(LOCAL).isEmpty()) {
            accounts.create(LOCAL, LOCAL_PASSWORD, Set.of(Role.STAFF), Optional.empty());
        }
    }

    private List<String> audited(String username) {
        return jdbc.sql("select action || ' ' || details from audit_event where subject_id = ? order by id")
                .param(username)
                .query(String.class)
                .list();
    }

    private Properties submissionProperties(String mechanism) {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(submission.port()));
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.ssl.trust", "127.0.0.1");
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.auth.mechanisms", mechanism);
        return props;
    }

    /** Connects to the submission port with STARTTLS and logs in by {@code mechanism}; nothing is sent. */
    private void login(String user, String password, String mechanism) throws MessagingException {
        try (Transport transport =
                Session.getInstance(submissionProperties(mechanism)).getTransport("smtp")) {
            transport.connect("127.0.0.1", submission.port(), user, password);
        }
    }

    private void send(String user, String password, String subject) throws MessagingException {
        Session session = Session.getInstance(submissionProperties("PLAIN"));
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(user));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse("vanthu@mof.gov.vn"));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText("Kính mời đồng chí dự họp giao ban.", StandardCharsets.UTF_8.name());
        Transport.send(message, user, password);
    }

    private static MimeMessage relayed(String subject) throws MessagingException {
        for (MimeMessage message : nextHop.getReceivedMessages()) {
            if (subject.equals(message.getSubject())) {
                return message;
            }
        }
        return null;
    }

    private int apiStatus(String user, String password) throws Exception {
        return new ApiClient(httpPort, user, password).status("/api/mailboxes");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
