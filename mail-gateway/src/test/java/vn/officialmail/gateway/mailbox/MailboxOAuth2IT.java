package vn.officialmail.gateway.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.LoopbackGateway;

/**
 * XOAUTH2 login with an access token from a token endpoint on loopback: fetched with the refresh
 * token grant on first use, fetched again once expired (with the rotated refresh token kept), and
 * never stored or logged in plain text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class MailboxOAuth2IT {

    @TempDir
    static Path dataDir;

    static final GreenMail imap = ImapTestMail.startImap();
    static final LoopbackTokenEndpoint tokens = newEndpoint();
    static GreenMailUser user;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.register(registry, dataDir);
        registry.add("gateway.mode", () -> "journal");
        registry.add("gateway.security.bootstrap-admin.password", () -> "oauth-admin");
        registry.add("gateway.mailbox.poll-interval", () -> "2s");
        registry.add("gateway.mailbox.idle", () -> "false");
        registry.add("spring.quartz.scheduler-name", () -> "mailbox-oauth2-it");
        // GreenMail accepts an XOAUTH2 login whose bearer token equals the user's password.
        user = imap.setUser("phapche@tuphap.gov.vn", "phapche", "access-token-one-8c1f");
    }

    @AfterAll
    static void stopServers() {
        imap.stop();
        tokens.close();
    }

    @LocalServerPort
    int httpPort;

    @Autowired
    JdbcClient jdbc;

    @Test
    void accessTokenShouldBeRefreshedFromTheTokenEndpointWhenItExpires(CapturedOutput output) throws Exception {
        ImapTestMail.Api api = new ImapTestMail.Api(httpPort, "admin", "oauth-admin");
        tokens.accessToken.set("access-token-one-8c1f");
        ImapTestMail.append(
                imap,
                "phapche",
                "access-token-one-8c1f",
                "INBOX",
                ImapTestMail.message("qd-1@moj.gov.vn", "Quyết định số 1"));

        var created = api.post(
                "/api/mailboxes",
                """
                {"name":"phap-che","host":"127.0.0.1","port":%d,"tls":"NONE","username":"phapche",\
                "tokenEndpoint":"%s","clientId":"official-mail","clientSecret":"client-secret-77aa",\
                "refreshToken":"refresh-token-one-d00d","unit":"PC","afterIntake":"seen"}"""
                        .formatted(imap.getImap().getPort(), tokens.url()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from mailbox_receipt") == 1);

        assertThat(tokens.requests).hasSize(1);
        assertThat(tokens.requests.get(0))
                .contains("grant_type=refresh_token")
                .contains("refresh_token=refresh-token-one-d00d")
                .contains("client_id=official-mail")
                .contains("client_secret=client-secret-77aa");

        // The token expires; the server now wants a new one and the endpoint rotates the refresh token.
        jdbc.sql("update mailbox_account set access_token_expires = ? where name = 'phap-che'")
                .param(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5))
                .update();
        tokens.accessToken.set("access-token-two-51e9");
        tokens.refreshToken.set("refresh-token-two-beef");
        user.setPassword("access-token-two-51e9");
        ImapTestMail.append(
                imap,
                "phapche",
                "access-token-two-51e9",
                "INBOX",
                ImapTestMail.message("qd-2@moj.gov.vn", "Quyết định số 2"));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from mailbox_receipt") == 2);
        tokens.accessToken.set("access-token-three-0a0a");
        user.setPassword("access-token-three-0a0a");
        jdbc.sql("update mailbox_account set access_token_expires = ? where name = 'phap-che'")
                .param(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5))
                .update();
        await().atMost(Duration.ofSeconds(30)).until(() -> tokens.requests.size() >= 3);

        assertThat(tokens.requests.get(1)).contains("refresh_token=refresh-token-one-d00d");
        assertThat(tokens.requests.get(2)).contains("refresh_token=refresh-token-two-beef");
        String row = jdbc.sql(
                        "select concat(client_secret_enc, refresh_token_enc, access_token_enc) from mailbox_account"
                                + " where name = 'phap-che'")
                .query(String.class)
                .single();
        String listed = api.get("/api/mailboxes/phap-che");
        jdbc.sql("checkpoint").update(); // H2 writes what it holds to the database file, so the search below sees it
        List<String> files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = walk.filter(Files::isRegularFile)
                    .map(file -> {
                        try {
                            return file + "\n" + new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
        assertThat(files).anyMatch(file -> file.contains(".mv.db")); // the H2 database file is among them
        for (String secret : new String[] {
            "access-token-one-8c1f",
            "access-token-two-51e9",
            "refresh-token-one-d00d",
            "refresh-token-two-beef",
            "client-secret-77aa"
        }) {
            assertThat(row).doesNotContain(secret);
            assertThat(listed).doesNotContain(secret);
            assertThat(output.getAll()).doesNotContain(secret);
            assertThat(files).as("data directory files").noneMatch(file -> file.contains(secret));
        }
        assertThat(listed).contains("\"auth\":\"oauth2\"").contains("\"afterIntake\":\"seen\"");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static LoopbackTokenEndpoint newEndpoint() {
        try {
            return new LoopbackTokenEndpoint();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
