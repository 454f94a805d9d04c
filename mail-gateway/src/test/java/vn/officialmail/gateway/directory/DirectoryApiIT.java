package vn.officialmail.gateway.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.TestDns;
import vn.officialmail.gateway.users.Role;
import vn.officialmail.gateway.users.UserAccounts;

/**
 * The directory as an operator uses it: seeded from {@code gateway.directory.*} at start, listed
 * by any signed-in user, imported into by an administrator only, a bad file refused in the
 * reader's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DirectoryApiIT {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDns.register(registry);
        registry.add("gateway.data-dir", () -> dataDir.toString());
        registry.add("gateway.smtp.enabled", () -> "false");
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("gateway.security.bootstrap-admin.password", () -> "mat-khau-quan-tri");
        registry.add("gateway.directory.home-agencies[0]", () -> "BTP");
        registry.add("gateway.directory.agencies[0].code", () -> "BTP");
        registry.add("gateway.directory.agencies[0].name", () -> "Bộ Tư pháp");
        registry.add("gateway.directory.agencies[0].domains[0]", () -> "moj.gov.vn");
        registry.add("gateway.directory.units[0].code", () -> "BTP-VT");
        registry.add("gateway.directory.units[0].agency", () -> "BTP");
        registry.add("gateway.directory.units[0].name", () -> "Văn thư Bộ");
        registry.add("gateway.directory.units[0].abbreviation", () -> "VT");
        registry.add("gateway.directory.units[0].shared-mailbox", () -> "vanthu@moj.gov.vn");
        registry.add("gateway.directory.deny[0]", () -> "thunghiem.gov.vn");
    }

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    UserAccounts accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void clerk() {
        try {
            accounts.loadUserByUsername("vanthu1");
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            accounts.create("vanthu1", "mat-khau-van-thu", Set.of(Role.CLERK), Optional.of("BTP-VT"));
        }
    }

    @Test
    void seededEntriesShouldBeListedAndLookedUp() throws Exception {
        HttpResponse<String> agencies = get("/api/directory/agencies", "vanthu1", "mat-khau-van-thu");

        assertThat(agencies.statusCode()).isEqualTo(200);
        assertThat(agencies.body())
                .contains("\"code\":\"BTP\"")
                .contains("Bộ Tư pháp")
                .contains("moj.gov.vn");
        assertThat(directory.unitWithSharedMailbox("vanthu@moj.gov.vn"))
                .map(Unit::code)
                .hasValue("BTP-VT");
        assertThat(directory.standing("thunghiem.gov.vn").kind()).isEqualTo(DomainStanding.Kind.DENIED);
        assertThat(get("/api/directory/units", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void administratorImportShouldReportCountsAndRejectedLinesAndBeListedPaged() throws Exception {
        HttpResponse<String> imported =
                post("danh-ba.csv", resource("danh-ba.csv"), "admin", "mat-khau-quan-tri", "vi");

        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body())
                .contains("\"added\":6")
                .contains("\"line\":9")
                .contains("\"key\":\"agency.unknown\"")
                .contains("thuộc cơ quan KHONGCO");

        HttpResponse<String> page = get("/api/directory/units?agency=BTP&page=0&size=2", "vanthu1", "mat-khau-van-thu");
        assertThat(page.body())
                .contains("\"total\":3")
                .contains("\"code\":\"BTP-PC\"")
                .contains("\"code\":\"BTP-VP\"")
                .doesNotContain("BTP-VT");
        assertThat(get("/api/directory/accounts?unit=BTP-PC", "vanthu1", "mat-khau-van-thu")
                        .body())
                .contains("Trần Thị Hường");
        assertThat(get("/api/directory/units?size=100000", "vanthu1", "mat-khau-van-thu")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void lookupShouldTellAgencyUnitAndStandingOfAnAddress() throws Exception {
        HttpResponse<String> shared =
                get("/api/directory/lookup?address=VanThu@moj.gov.vn", "vanthu1", "mat-khau-van-thu");
        HttpResponse<String> personal =
                get("/api/directory/lookup?address=ban@gmail.com", "vanthu1", "mat-khau-van-thu");
        HttpResponse<String> broken =
                get("/api/directory/lookup?address=khong-co-a-cong", "vanthu1", "mat-khau-van-thu");

        assertThat(shared.body())
                .contains("\"address\":\"vanthu@moj.gov.vn\"")
                .contains("\"standing\":\"OFFICIAL\"")
                .contains("\"unitSharedMailbox\":true")
                .contains("\"code\":\"BTP-VT\"");
        assertThat(personal.body()).contains("\"standing\":\"PERSONAL\"").contains("\"rule\":\"gmail.com\"");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("phải là địa chỉ thư");
    }

    @Test
    void importShouldBeForbiddenToNonAdministratorsAndWriteNothing() throws Exception {
        HttpResponse<String> refused = post(
                "x.csv",
                "kind,code,name,domains\nagency,BXD,Bộ Xây dựng,moc.gov.vn\n".getBytes(StandardCharsets.UTF_8),
                "vanthu1",
                "mat-khau-van-thu",
                "en");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(directory.agency("BXD")).isEmpty();
    }

    @Test
    void unreadableFileShouldBeRefusedInTheReadersLanguage() throws Exception {
        byte[] file = "kind,email\naccount,a@moj.gov.vn\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> vietnamese = post("x.csv", file, "admin", "mat-khau-quan-tri", "vi");
        HttpResponse<String> english = post("x.csv", file, "admin", "mat-khau-quan-tri", "en");

        assertThat(vietnamese.statusCode()).isEqualTo(400);
        assertThat(vietnamese.body()).contains("\"detail\":\"Cột không xác định 'email'");
        assertThat(english.body()).contains("\"detail\":\"unknown column 'email'");
    }

    @Test
    void formEncodedUploadShouldBeRefusedRatherThanReadAsAnEmptyFile() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/directory/import?name=x.csv"))
                .header("Authorization", basic("admin", "mat-khau-quan-tri"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("kind,code,name\nagency,BXD,Bo Xay dung\n"))
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("Gửi chính tệp làm nội dung yêu cầu");
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = DirectoryApiIT.class.getResourceAsStream("/directory/" + name)) {
            return in.readAllBytes();
        }
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String name, byte[] body, String user, String password, String language)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/directory/import?name=" + name))
                .header("Authorization", basic(user, password))
                .header("Accept-Language", language)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
