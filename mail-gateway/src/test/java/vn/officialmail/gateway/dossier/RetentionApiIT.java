package vn.officialmail.gateway.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.MovableClock;
import vn.officialmail.gateway.TestDns;

/**
 * Retention through the HTTP API with real users and roles: a clerk closes a dossier and may not
 * propose its destruction before the retention runs out; eleven years later (a movable clock) the
 * clerk proposes, may neither approve nor put a hold; a compliance officer puts and lifts a hold
 * that blocks the approval; another officer approves with the decision, and the clerk destroys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RetentionApiIT {

    private static final String DOSSIER = "000.00.00.G09.2026.05.CV";

    @TempDir
    static Path dataDir;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDns.register(registry);
        registry.add("gateway.data-dir", () -> dataDir.toString());
        registry.add("gateway.smtp.enabled", () -> "false");
        registry.add("gateway.security.bootstrap-admin.password", () -> "test-admin-secret");
        registry.add("spring.quartz.scheduler-name", () -> "retention-api-it");
        registry.add("gateway.dossiers.agency-code", () -> "000.00.00.G09");
        registry.add("gateway.dossiers.records-officers[0]", () -> "luutru@moj.gov.vn");
        registry.add("gateway.dossiers.file-plan[0].notation", () -> "05.CV");
        registry.add("gateway.dossiers.file-plan[0].title", () -> "Công văn trao đổi");
        registry.add("gateway.dossiers.file-plan[0].retention", () -> "10 năm");
    }

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void destructionShouldTakeAClerksProposalAnotherRolesApprovalAndNoHold() throws Exception {
        user("vanthu", "CLERK");
        user("thanhtra", "COMPLIANCE_OFFICER");
        user("lanhdao", "COMPLIANCE_OFFICER");
        assertThat(post(
                                "vanthu",
                                "/api/registers/incoming/entries",
                                """
                        {"typeName": "Công văn", "numberSymbol": "3/UBND", "issuer": "UBND tỉnh",
                         "summary": "Về việc phối hợp", "receivedAt": "2026-03-03T02:00:00Z"}""")
                        .statusCode())
                .isEqualTo(201);
        assertThat(post(
                                "vanthu",
                                "/api/dossiers/" + DOSSIER + "/documents",
                                "{\"register\": \"incoming\", \"number\": \"1/2026\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(post("vanthu", "/api/dossiers/" + DOSSIER + "/close", "").statusCode())
                .isEqualTo(200);
        LocalDate closed = LocalDate.now(Dossiers.VIETNAM);
        HttpResponse<String> schedule = get("vanthu", "/api/dossiers/" + DOSSIER + "/retention");
        assertThat(schedule.body())
                .contains("\"state\":\"CLOSED\"")
                .contains("\"years\":10")
                .contains("\"transferDue\":\"" + closed.plusYears(1) + "\"")
                .contains("\"destroyableFrom\":\"" + (closed.getYear() + 11) + "-01-01\"");
        assertThat(get("vanthu", "/api/dossiers/retention?year=2026").body()).contains(DOSSIER);
        HttpResponse<String> early =
                post("vanthu", "/api/dossiers/" + DOSSIER + "/disposal", "{\"reason\": \"Hết hạn\"}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("chưa hết thời hạn bảo quản");

        Instant later = LocalDate.of(closed.getYear() + 11, 1, 5)
                .atTime(9, 0)
                .atZone(Dossiers.VIETNAM)
                .toInstant();
        clock.setOffset(Duration.between(Instant.now(), later));
        assertThat(post("vanthu", "/api/dossiers/" + DOSSIER + "/disposal", "{}")
                        .statusCode())
                .as("a reason is required")
                .isEqualTo(400);
        HttpResponse<String> proposed =
                post("vanthu", "/api/dossiers/" + DOSSIER + "/disposal", "{\"reason\": \"Hết thời hạn bảo quản\"}");
        assertThat(proposed.statusCode()).isEqualTo(200);
        assertThat(proposed.body()).contains("\"state\":\"PROPOSED\"").contains("\"proposedBy\":\"vanthu\"");
        String decision =
                "{\"decisionNumber\": \"15/QĐ-BTP\", \"decisionDate\": \"" + (closed.getYear() + 11) + "-01-05\"}";
        assertThat(post("vanthu", "/api/dossiers/" + DOSSIER + "/disposal/approve", decision)
                        .statusCode())
                .as("a clerk may not approve")
                .isEqualTo(403);
        assertThat(post("vanthu", "/api/dossiers/" + DOSSIER + "/hold", "{\"reason\": \"x\"}")
                        .statusCode())
                .as("a clerk may not put a hold")
                .isEqualTo(403);
        HttpResponse<String> held =
                post("thanhtra", "/api/dossiers/" + DOSSIER + "/hold", "{\"reason\": \"Đang thanh tra\"}");
        assertThat(held.statusCode()).isEqualTo(200);
        assertThat(held.body()).contains("\"hold\":{\"reason\":\"Đang thanh tra\",\"by\":\"thanhtra\"");
        HttpResponse<String> blocked = post("lanhdao", "/api/dossiers/" + DOSSIER + "/disposal/approve", decision);
        assertThat(blocked.statusCode()).isEqualTo(409);
        assertThat(blocked.body()).contains("tạm dừng hủy");
        assertThat(post("thanhtra", "/api/dossiers/" + DOSSIER + "/hold/lift", "{\"reason\": \"Đã kết luận\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(post(
                                "lanhdao",
                                "/api/dossiers/" + DOSSIER + "/disposal/approve",
                                "{\"decisionNumber\": \"15/QĐ-BTP\", \"decisionDate\": \"5/1/2037\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("vanthu", "/api/dossiers/" + DOSSIER + "/disposal/destroy", "")
                        .statusCode())
                .as("not approved yet")
                .isEqualTo(409);
        HttpResponse<String> approved = post("lanhdao", "/api/dossiers/" + DOSSIER + "/disposal/approve", decision);
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(approved.body()).contains("\"state\":\"APPROVED\"").contains("\"decisionNumber\":\"15/QĐ-BTP\"");

        HttpResponse<String> destroyed = post("vanthu", "/api/dossiers/" + DOSSIER + "/disposal/destroy", "");
        assertThat(destroyed.statusCode()).isEqualTo(200);
        assertThat(destroyed.body()).contains("\"state\":\"DESTROYED\"").contains("\"documents\":1");
        assertThat(get("vanthu", "/api/dossiers/" + DOSSIER).body()).contains("\"state\":\"DESTROYED\"");
        assertThat(get("vanthu", "/api/dossiers/" + DOSSIER + "/disposal").body())
                .contains("\"decidedBy\":\"lanhdao\"")
                .contains("\"destroyedBy\":\"vanthu\"");
    }

    private void user(String name, String role) throws Exception {
        HttpResponse<String> created = post(
                "admin",
                "/api/users",
                "{\"username\": \"" + name + "\", \"password\": \"" + password(name) + "\", \"roles\": [\"" + role
                        + "\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static String password(String user) {
        return user.equals("admin") ? "test-admin-secret" : "Mật-khẩu-2026!";
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (user + ":" + password(user)).getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String user, String path, String json) throws Exception {
        return http.send(
                request(user, path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
