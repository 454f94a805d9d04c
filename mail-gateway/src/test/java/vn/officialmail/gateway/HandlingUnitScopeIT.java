package vn.officialmail.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import vn.officialmail.gateway.users.Role;
import vn.officialmail.gateway.users.UserAdministration;

/**
 * Drafts for comments and periodic reports over the real HTTP API, scoped for a unit head as the
 * rest of the handling API (leftovers of issues 7 and 8): the head of Văn phòng sees its own
 * requests in full, of a request it was asked only its own line, never another unit's request
 * (403) nor its summary table; asks in its own unit's name only; reminds only the units late on
 * its own requests; sees only the periodic reports its unit sends, with its own line, and cannot
 * remind units of a report; its delegate gets the same scope. The clerk keeps the whole view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HandlingUnitScopeIT {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PASSWORD = "Mật-khẩu-2026!";
    private static final String VP = "BTP-VP";
    private static final String PC = "BTP-PC";
    private static final String TCCB = "BTP-TCCB";

    @TempDir
    static Path dataDir;

    @RegisterExtension
    static final GreenMailExtension nextHop = LoopbackGateway.nextHop();

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
        LoopbackGateway.register(registry, dataDir);
        LoopbackGateway.relayTo(registry, () -> nextHop.getSmtp().getPort());
        registry.add("gateway.security.bootstrap-admin.password", () -> "test-admin-secret");
        TestDirectory.ministryWithUnits(
                registry,
                List.of(
                        new String[] {VP, "Văn phòng Bộ", "VP", "vp@moj.gov.vn"},
                        new String[] {PC, "Vụ Pháp chế", "PC", "pc@moj.gov.vn"},
                        new String[] {TCCB, "Vụ Tổ chức cán bộ", "TCCB", "tccb@moj.gov.vn"}));
        registry.add("gateway.handling.reports[0].code", () -> "bc-thang");
        registry.add("gateway.handling.reports[0].name", () -> "Báo cáo công tác tháng");
        registry.add("gateway.handling.reports[0].period", () -> "monthly");
        registry.add("gateway.handling.reports[0].due-day", () -> "5");
        registry.add("gateway.handling.reports[0].units[0]", () -> VP);
        registry.add("gateway.handling.reports[0].units[1]", () -> PC);
        registry.add("gateway.handling.reports[1].code", () -> "bc-quy");
        registry.add("gateway.handling.reports[1].name", () -> "Báo cáo quý về tổ chức cán bộ");
        registry.add("gateway.handling.reports[1].period", () -> "quarterly");
        registry.add("gateway.handling.reports[1].due-day", () -> "10");
        registry.add("gateway.handling.reports[1].units[0]", () -> PC);
        registry.add("gateway.handling.reports[1].units[1]", () -> TCCB);
    }

    @Autowired
    UserAdministration users;

    @Autowired
    MovableClock clock;

    @LocalServerPort
    int httpPort;

    @Test
    void unitHeadShouldSeeAndRemindOnlyItsUnitsConsultationsAndTheClerkEveryUnits() throws Exception {
        clock.setOffset(Duration.ZERO);
        users.create("admin", "truong-vp", PASSWORD, Set.of(Role.UNIT_HEAD), Optional.of(VP));
        users.create("admin", "van-thu", PASSWORD, Set.of(Role.CLERK), Optional.empty());
        ApiClient head = new ApiClient(httpPort, "truong-vp", PASSWORD);
        ApiClient clerk = new ApiClient(httpPort, "van-thu", PASSWORD);
        LocalDate deadline = LocalDate.now(HANOI).plusDays(7);
        while (deadline.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
            deadline = deadline.plusDays(1);
        }
        long ofVp = open(clerk, "Dự thảo của Văn phòng", VP, deadline, PC, TCCB);
        long ofPc = open(clerk, "Dự thảo của Vụ Pháp chế", PC, deadline, VP, TCCB);
        long ofTccb = open(clerk, "Dự thảo của Vụ Tổ chức cán bộ", TCCB, deadline, PC);

        String list = head.get("/api/handling/consultations");
        assertThat(list)
                .contains("Dự thảo của Văn phòng", "Dự thảo của Vụ Pháp chế")
                .doesNotContain("Dự thảo của Vụ Tổ chức cán bộ");
        assertThat(head.get("/api/handling/consultations/" + ofVp))
                .contains("\"unit\":\"" + PC + "\"", "\"unit\":\"" + TCCB + "\"", "\"missing\":2");
        assertThat(head.get("/api/handling/consultations/" + ofPc)) // asked: only its own line
                .contains("\"unit\":\"" + VP + "\"", "\"missing\":1")
                .doesNotContain("\"unit\":\"" + TCCB + "\"");
        HttpResponse<String> foreign = request("truong-vp", "GET", "/api/handling/consultations/" + ofTccb, "");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("đơn vị khác").doesNotContain("Dự thảo của Vụ Tổ chức cán bộ");
        assertThat(download("truong-vp", "/api/handling/consultations/" + ofPc + "/table.xlsx")
                        .statusCode())
                .isEqualTo(403);
        assertThat(download("truong-vp", "/api/handling/consultations/" + ofTccb + "/table.pdf")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<byte[]> own = download("truong-vp", "/api/handling/consultations/" + ofVp + "/table.xlsx");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(xlsx(own.body())).contains("Vụ Pháp chế", "Vụ Tổ chức cán bộ");
        assertThat(clerk.get("/api/handling/consultations"))
                .contains("Dự thảo của Văn phòng", "Dự thảo của Vụ Pháp chế", "Dự thảo của Vụ Tổ chức cán bộ");

        String asOther = body("Dự thảo nhân danh Vụ Pháp chế", PC, deadline, TCCB);
        assertThat(request("truong-vp", "POST", "/api/handling/consultations", asOther)
                        .statusCode())
                .isEqualTo(403);
        long second = ApiClient.firstId(
                head.postForBody("/api/handling/consultations", body("Dự thảo thứ hai", null, deadline, TCCB)));
        assertThat(head.get("/api/handling/consultations/" + second)).contains("\"requestingUnit\":\"" + VP + "\"");
        assertThat(clerk.get("/api/handling/consultations")).doesNotContain("Dự thảo nhân danh Vụ Pháp chế");

        moveTo(deadline.minusDays(1)); // Tuesday: one working day left, every unit is reminded
        assertThat(head.postForBody("/api/handling/consultations/reminders", "{}"))
                .isEqualTo("{\"sent\":3}"); // its two requests: PC and TCCB, then TCCB
        for (String mailbox : List.of("pc@moj.gov.vn", "tccb@moj.gov.vn")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> subjectsTo(mailbox).stream()
                    .anyMatch(s -> s.startsWith("Nhắc: [Lấy ý kiến #" + ofVp + "]")));
        }
        assertThat(subjectsTo("vp@moj.gov.vn")).noneMatch(s -> s.startsWith("Nhắc:"));
        assertThat(clerk.postForBody("/api/handling/consultations/reminders", "{}"))
                .isEqualTo("{\"sent\":3}"); // the rest: VP and TCCB on PC's request, PC on TCCB's
        await().atMost(Duration.ofSeconds(20)).until(() -> subjectsTo("vp@moj.gov.vn").stream()
                .anyMatch(s -> s.startsWith("Nhắc: [Lấy ý kiến #" + ofPc + "]")));
    }

    @Test
    void unitHeadShouldSeeOnlyItsUnitsLineOfThePeriodicReportsItsUnitSendsAndNotRemind() throws Exception {
        users.create("admin", "truong-vp-2", PASSWORD, Set.of(Role.UNIT_HEAD), Optional.of(VP));
        users.create("admin", "van-thu-2", PASSWORD, Set.of(Role.CLERK), Optional.empty());
        ApiClient head = new ApiClient(httpPort, "truong-vp-2", PASSWORD);
        ApiClient clerk = new ApiClient(httpPort, "van-thu-2", PASSWORD);

        assertThat(head.get("/api/handling/reports"))
                .contains("\"code\":\"bc-thang\"", "\"units\":[\"" + VP + "\"]")
                .doesNotContain("bc-quy")
                .doesNotContain(PC);
        assertThat(head.get("/api/handling/reports/bc-thang/2026-10"))
                .contains("\"unit\":\"" + VP + "\"")
                .doesNotContain(PC);
        HttpResponse<String> notItsReport = request("truong-vp-2", "GET", "/api/handling/reports/bc-quy/2026-Q3", "");
        assertThat(notItsReport.statusCode()).isEqualTo(403);
        assertThat(notItsReport.body()).doesNotContain(TCCB);
        HttpResponse<byte[]> table = download("truong-vp-2", "/api/handling/reports/bc-thang/2026-10/table.xlsx");
        assertThat(table.statusCode()).isEqualTo(200);
        assertThat(xlsx(table.body())).contains("Văn phòng Bộ").doesNotContain("Vụ Pháp chế");
        assertThat(download("truong-vp-2", "/api/handling/reports/bc-quy/2026-Q3/table.pdf")
                        .statusCode())
                .isEqualTo(403);
        assertThat(request("truong-vp-2", "POST", "/api/handling/reports/reminders", "{}")
                        .statusCode())
                .isEqualTo(403);

        users.create("admin", "uy-quyen-vp", PASSWORD, Set.of(Role.STAFF), Optional.of(VP));
        head.postForBody("/api/units/" + VP + "/delegate", "{\"username\":\"uy-quyen-vp\"}");
        assertThat(new ApiClient(httpPort, "uy-quyen-vp", PASSWORD).get("/api/handling/reports/bc-thang/2026-10"))
                .as("the unit's delegate: the same scope as its head")
                .contains("\"unit\":\"" + VP + "\"")
                .doesNotContain(PC);
        assertThat(request("uy-quyen-vp", "GET", "/api/handling/reports/bc-quy/2026-Q3", "")
                        .statusCode())
                .isEqualTo(403);
        assertThat(request("uy-quyen-vp", "POST", "/api/handling/reports/reminders", "{}")
                        .statusCode())
                .isEqualTo(403);

        assertThat(clerk.get("/api/handling/reports/bc-thang/2026-10"))
                .contains("\"unit\":\"" + VP + "\"", "\"unit\":\"" + PC + "\"");
        assertThat(clerk.get("/api/handling/reports")).contains("bc-quy", TCCB);
        assertThat(clerk.post("/api/handling/reports/reminders", "{}")).isEqualTo(200);
    }

    private static long open(ApiClient clerk, String title, String requesting, LocalDate deadline, String... units)
            throws Exception {
        return ApiClient.firstId(
                clerk.postForBody("/api/handling/consultations", body(title, requesting, deadline, units)));
    }

    private static String body(String title, String requesting, LocalDate deadline, String... units) {
        return "{\"title\":\"" + title + "\",\"units\":[\"" + String.join("\",\"", units) + "\"],\"deadline\":\""
                + deadline + "\"" + (requesting == null ? "" : ",\"requestingUnit\":\"" + requesting + "\"") + "}";
    }

    private void moveTo(LocalDate day) {
        clock.setOffset(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(HANOI), day)));
    }

    private static List<String> subjectsTo(String mailbox) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : nextHop.getReceivedMessages()) {
            jakarta.mail.Address[] to = message.getRecipients(Message.RecipientType.TO);
            if (to != null && to.length > 0 && to[0].toString().equals(mailbox)) {
                subjects.add(message.getSubject());
            }
        }
        return subjects;
    }

    private HttpResponse<String> request(String user, String method, String path, String json) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                                .header("Authorization", basic(user))
                                .header("Content-Type", "application/json; charset=utf-8")
                                .method(
                                        method,
                                        method.equals("GET")
                                                ? HttpRequest.BodyPublishers.noBody()
                                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> download(String user, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                                .header("Authorization", basic(user))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Every cell of the first sheet, as text. */
    private static List<String> xlsx(byte[] content) throws Exception {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Row row : workbook.getSheetAt(0)) {
                row.forEach(cell -> cells.add(cell.toString()));
            }
        }
        return cells;
    }
}
