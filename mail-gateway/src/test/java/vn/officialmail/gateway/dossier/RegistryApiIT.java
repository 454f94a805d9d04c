package vn.officialmail.gateway.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.TestDns;

/**
 * Registers and dossiers through the HTTP API as a clerk uses them: the outgoing register's paper
 * entry and lines, an unknown register named with the valid ones, a document filed by rule and
 * one by hand, an open dossier refused for transfer, then closed, packaged and the package
 * validated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RegistryApiIT {

    private static final String DOSSIER = "000.00.00.G09.2026.01.TH";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDns.register(registry);
        registry.add("gateway.data-dir", () -> dataDir.toString());
        registry.add("gateway.smtp.enabled", () -> "false");
        registry.add("gateway.security.bootstrap-admin.password", () -> "test-admin-secret");
        registry.add("spring.quartz.scheduler-name", () -> "registry-api-it");
        registry.add("gateway.dossiers.agency-code", () -> "000.00.00.G09");
        registry.add("gateway.dossiers.file-plan[0].notation", () -> "01.TH");
        registry.add("gateway.dossiers.file-plan[0].title", () -> "Hồ sơ báo cáo tổng hợp");
        registry.add("gateway.dossiers.file-plan[0].retention", () -> "10 năm");
        registry.add("gateway.dossiers.file-plan[0].keywords[0]", () -> "báo cáo");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void clerkShouldKeepTheOutgoingRegisterAndTransferAClosedDossier() throws Exception {
        assertThat(get("/api/registers").body())
                .contains("\"code\":\"incoming\"")
                .contains("\"code\":\"outgoing\",\"name\":\"Sổ đăng ký văn bản đi\",\"direction\":\"OUTGOING\"");
        HttpResponse<String> outgoing = post(
                "/api/registers/outgoing/entries",
                """
                {"typeName": "Công văn", "numberSymbol": "12/BTP-VP", "issuer": "Bộ Tư pháp",
                 "issuedOn": "2026-03-01", "summary": "Về việc báo cáo quý I", "recipients": "Bộ Tài chính",
                 "signer": "Nguyễn Văn Bình", "copies": 3, "keptBy": "Văn phòng",
                 "receivedAt": "2026-03-02T02:00:00Z"}""");
        assertThat(outgoing.statusCode()).isEqualTo(201);
        assertThat(outgoing.body()).isEqualTo("{\"number\":\"1/2026\"}");
        assertThat(get("/api/registers/outgoing/entries").body())
                .contains("\"signer\":\"Nguyễn Văn Bình\",\"copies\":3,\"keptBy\":\"Văn phòng\"");
        HttpResponse<String> unknown = get("/api/registers/so-khac/entries");
        assertThat(unknown.statusCode()).isEqualTo(404);
        HttpResponse<byte[]> printed =
                getBytes("/api/registers/outgoing/print?from=2026-03-01&to=2026-03-31&format=pdf");
        assertThat(printed.statusCode()).isEqualTo(200);
        assertThat(printed.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"so-outgoing-2026-03-01-2026-03-31.pdf\"");

        assertThat(post(
                                "/api/registers/incoming/entries",
                                """
                        {"typeName": "Công văn", "numberSymbol": "3/UBND", "issuer": "UBND tỉnh",
                         "summary": "Về việc phối hợp", "receivedAt": "2026-03-03T02:00:00Z"}""")
                        .statusCode())
                .isEqualTo(201);
        assertThat(post(
                                "/api/dossiers/" + DOSSIER + "/documents",
                                "{\"register\": \"incoming\", \"number\": \"1/2026\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(post(
                                "/api/dossiers/" + DOSSIER + "/documents",
                                "{\"register\": \"incoming\", \"number\": \"9/2026\"}")
                        .statusCode())
                .isEqualTo(404);
        String dossier = get("/api/dossiers/" + DOSSIER).body();
        assertThat(dossier)
                .contains("\"documents\":2")
                .contains("\"filedBecause\":\"rule\"")
                .contains("\"filedBecause\":\"manual\"");
        HttpResponse<String> open = get("/api/dossiers/" + DOSSIER + "/package");
        assertThat(open.statusCode()).isEqualTo(409);

        assertThat(post("/api/dossiers/" + DOSSIER + "/close", "").statusCode()).isEqualTo(200);
        assertThat(post("/api/dossiers/" + DOSSIER + "/close", "").statusCode()).isEqualTo(409);
        HttpResponse<byte[]> zip = getBytes("/api/dossiers/" + DOSSIER + "/package");
        assertThat(zip.statusCode()).isEqualTo(200);
        HttpResponse<String> report = http.send(
                request("/api/dossiers/package/validate")
                        .header("Content-Type", "application/zip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(zip.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(report.body())
                .contains("\"valid\":true")
                .contains("\"packageId\":\"SIP_hoso_" + DOSSIER + "\"")
                .contains("\"filesChecked\":1");
        HttpResponse<String> notZip = http.send(
                request("/api/dossiers/package/validate")
                        .header("Content-Type", "application/zip")
                        .POST(HttpRequest.BodyPublishers.ofString("không phải zip"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(notZip.statusCode()).isEqualTo(400);
        assertThat(get("/api/dossiers/" + DOSSIER + "/export?format=xml").body())
                .contains("<FileNotation>01.TH</FileNotation>")
                .contains("<DocTotal>2</DocTotal>");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("admin:test-admin-secret".getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(
                request(path)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
