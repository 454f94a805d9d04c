package vn.officialmail.gateway.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/**
 * Wrong passwords given to SMTP AUTH on the submission port, or on the SMTP listener when it offers
 * AUTH ({@code gateway.smtp.auth.enabled}), count toward the console's lockout: after {@code
 * max-failures} of them the account is locked for that address on both ports and on the console's
 * API alike, even with the right password, and the failures are audited with the port they came by.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SubmissionLockoutIT {

    private static final String USER = "tlinh@moj.gov.vn";
    private static final String LISTENER_USER = "hoa.nt@moj.gov.vn";
    private static final String PASSWORD = "mat-khau-dung-2026";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.register(registry, dataDir);
        registry.add("spring.quartz.scheduler-name", () -> "submission-lockout-it");
        registry.add("server.address", () -> "127.0.0.1");
        LoopbackGateway.submission(registry);
        registry.add("gateway.smtp.auth.enabled", () -> "true");
        registry.add("gateway.security.lockout.max-failures", () -> "3");
    }

    @LocalServerPort
    int httpPort;

    @Autowired
    SubmissionIngress submission;

    @Autowired
    SmtpIngress listener;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void wrongSubmissionPasswordsShouldLockTheAccountOnTheSubmissionPortAndTheConsole() throws Exception {
        accounts.create(USER, PASSWORD, Set.of(Role.STAFF), Optional.empty());
        assertThat(apiStatus(PASSWORD))
                .as("the right password works before the lock")
                .isNotEqualTo(401);

        login(PASSWORD); // the right password works on the submission port before the lock

        for (String wrong : List.of("sai-mat-khau-1", "sai-mat-khau-2", "sai-mat-khau-3")) {
            assertThatThrownBy(() -> login(wrong))
                    .isInstanceOf(AuthenticationFailedException.class)
                    .hasMessageContaining("535");
        }

        // SubEthaSMTP answers every refused AUTH with the same 535, so a guesser learns nothing either.
        assertThatThrownBy(() -> login(PASSWORD))
                .as("locked on the submission port, even with the right password")
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("535");
        assertThat(apiStatus(PASSWORD)).as("locked on the console's API too").isEqualTo(401);
        assertThat(jdbc.sql("select action from audit_event where subject_id = ? order by id")
                        .param(USER)
                        .query(String.class)
                        .list())
                .contains("login-failed", "user-locked", "login-refused-locked");
    }

    @Test
    void wrongPasswordsOnTheSmtpListenerShouldLockTheAccountThereOnTheSubmissionPortAndTheConsole() throws Exception {
        accounts.create(LISTENER_USER, PASSWORD, Set.of(Role.STAFF), Optional.empty());
        login(listener.port(), LISTENER_USER, PASSWORD); // AUTH is offered and the right password works

        for (String wrong : List.of("sai-mat-khau-1", "sai-mat-khau-2", "sai-mat-khau-3")) {
            assertThatThrownBy(() -> login(listener.port(), LISTENER_USER, wrong))
                    .isInstanceOf(AuthenticationFailedException.class)
                    .hasMessageContaining("535");
        }

        assertThatThrownBy(() -> login(listener.port(), LISTENER_USER, PASSWORD))
                .as("locked on the SMTP listener, even with the right password")
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("535");
        assertThatThrownBy(() -> login(submission.port(), LISTENER_USER, PASSWORD))
                .as("locked on the submission port too")
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("535");
        assertThat(apiStatus(LISTENER_USER, PASSWORD))
                .as("locked on the console's API too")
                .isEqualTo(401);
        List<String> audited = jdbc.sql(
                        "select action || ' ' || details from audit_event where subject_id = ?" + " order by id")
                .param(LISTENER_USER)
                .query(String.class)
                .list();
        assertThat(audited)
                .anySatisfy(line -> assertThat(line).startsWith("login-failed").contains("\"via\":\"smtp\""))
                .anySatisfy(line -> assertThat(line).startsWith("user-locked"))
                .anySatisfy(line -> assertThat(line).startsWith("login-refused-locked"));
    }

    /** Connects to the submission port with STARTTLS and logs in; nothing is sent. */
    private void login(String password) throws MessagingException {
        login(submission.port(), USER, password);
    }

    /** Connects to {@code port} with STARTTLS and logs in; nothing is sent. */
    private static void login(int port, String user, String password) throws MessagingException {
        Session session = LoopbackGateway.submissionSession(port);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(user, password);
        }
    }

    private int apiStatus(String password) throws Exception {
        return apiStatus(USER, password);
    }

    private int apiStatus(String user, String password) throws Exception {
        return new ApiClient(httpPort, user, password).status("/api/mailboxes");
    }
}
