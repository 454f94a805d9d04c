package vn.officialmail.gateway.console;

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
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.LoopbackGateway;
import vn.officialmail.gateway.handling.DocumentHandling;
import vn.officialmail.gateway.registry.RegisterFixtures;
import vn.officialmail.gateway.users.Role;
import vn.officialmail.gateway.users.UserAdministration;

/**
 * The document handling pages of the console in headless Chromium (as {@link ConsoleBrowserIT}):
 * the tracking register, a document's slip with its forms, drafts for comments with the summary
 * files, periodic reports; unit heads scoped to their unit, staff and compliance officers refused.
 * Refreshes {@code docs/screenshots/09-…} to {@code 12-…}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HandlingConsoleBrowserIT {

    static final String PASSWORD = ConsoleBrowserIT.PASSWORD;
    static final String UNIT_C = "BTP-TCCB";
    static final String UNIT_C_NAME = "Vụ Tổ chức cán bộ";
    static final LocalDate TODAY = LocalDate.now(ComplianceSeed.ZONE);
    /** Two periods back: due on the 5th of last month, always past. */
    static final YearMonth ON_TIME = YearMonth.now(ComplianceSeed.ZONE).minusMonths(2);

    static final YearMonth LATE = ON_TIME.minusMonths(1);

    @TempDir
    static Path dataDir;

    static long ownConsultation;
    static long otherConsultation;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.register(registry, dataDir);
        registry.add("gateway.mode", () -> "journal");
        registry.add("gateway.mailbox.intake-enabled", () -> "false");
        registry.add("gateway.security.bootstrap-admin.password", () -> "test-admin-secret");
        ComplianceSeed.directory(registry);
        registry.add("gateway.directory.units[2].code", () -> UNIT_C);
        registry.add("gateway.directory.units[2].agency", () -> "BTP");
        registry.add("gateway.directory.units[2].name", () -> UNIT_C_NAME);
        registry.add("gateway.directory.units[2].abbreviation", () -> "TCCB");
        registry.add("gateway.handling.reports[0].code", () -> "bc-thang");
        registry.add("gateway.handling.reports[0].name", () -> "Báo cáo công tác tháng");
        registry.add("gateway.handling.reports[0].period", () -> "monthly");
        registry.add("gateway.handling.reports[0].due-day", () -> "5");
        registry.add("gateway.handling.reports[0].units[0]", () -> ComplianceSeed.UNIT_A);
        registry.add("gateway.handling.reports[0].units[1]", () -> ComplianceSeed.UNIT_B);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserAdministration users;

    @Autowired
    DocumentHandling handling;

    /** One Chromium for the class, logged out between tests. */
    static ConsoleBrowser console;

    WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        console = ConsoleBrowser.start();
    }

    @BeforeEach
    void seedAndOpen() {
        if (jdbc.sql("select count(*) from app_user where username = 'van-thu'")
                        .query(Long.class)
                        .single()
                == 0) {
            users.create("admin", "van-thu", PASSWORD, Set.of(Role.CLERK), Optional.empty());
            users.create("admin", "truong-vp", PASSWORD, Set.of(Role.UNIT_HEAD), Optional.of(ComplianceSeed.UNIT_A));
            users.create("admin", "can-bo", PASSWORD, Set.of(Role.STAFF), Optional.of(ComplianceSeed.UNIT_A));
            users.create("admin", "giam-sat", PASSWORD, Set.of(Role.COMPLIANCE_OFFICER), Optional.empty());
            seed();
        }
        browser = console.at(port).driver();
    }

    @AfterEach
    void logOut() {
        console.forget();
    }

    @AfterAll
    static void closeBrowser() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void clerkShouldSeeTheRegisterUrgentAndOpenFirstWithOverdueFlaggedAndFilterByUnit() throws Exception {
        console.logIn("van-thu", PASSWORD);
        console.clickAndLoad(By.linkText("Sổ theo dõi giải quyết văn bản"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sổ theo dõi giải quyết văn bản đến");
        List<WebElement> rows = browser.findElements(By.cssSelector("#handling-register tbody tr"));
        assertThat(rows.get(0).getText()).startsWith("2/2026").contains("Khẩn", "Vụ Pháp chế", "Đã giao");
        assertThat(rows.get(1).getText()).startsWith("1/2026").contains("Văn phòng Bộ", "Đang giải quyết · Quá hạn");
        assertThat(rows.get(1).findElements(By.cssSelector("span.bad"))).hasSize(1);
        console.screenshot("09-handling-register");

        new Select(browser.findElement(By.id("unit"))).selectByVisibleText(ComplianceSeed.UNIT_B_NAME);
        browser.findElement(By.cssSelector("#handling-filters button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("unit=" + ComplianceSeed.UNIT_B));
        assertThat(browser.findElement(By.id("handling-register")).getText())
                .contains("2/2026")
                .doesNotContain("1/2026");
        new Select(browser.findElement(By.id("unit"))).selectByIndex(0);
        new Select(browser.findElement(By.id("status"))).selectByVisibleText("Đang giải quyết");
        browser.findElement(By.cssSelector("#handling-filters button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("status=IN_PROGRESS"));
        assertThat(browser.findElements(By.cssSelector("#handling-register tbody tr")))
                .extracting(WebElement::getText)
                .allSatisfy(t -> assertThat(t).contains("Đang giải quyết"))
                .anySatisfy(t -> assertThat(t).startsWith("1/2026"));
    }

    @Test
    void clerkShouldAssignADocumentAndRecordItsAnswerWithTheSameRulesAsTheApi() throws Exception {
        console.logIn("van-thu", PASSWORD);
        console.open("/console/handling/2026/3");
        assertThat(console.text("slip-status")).isEqualTo("Chưa giao xử lý");

        browser.findElement(By.id("instruction")).sendKeys("Đề nghị Vụ Pháp chế chủ trì, báo cáo trước hạn");
        console.clickAndLoad(By.id("assign")); // neither unit nor person
        assertThat(console.text("outcome")).isEqualTo("Cần chọn đơn vị hoặc ghi người chủ trì.");
        assertThat(console.text("slip-status")).isEqualTo("Chưa giao xử lý");

        new Select(browser.findElement(By.id("leadUnit"))).selectByVisibleText(ComplianceSeed.UNIT_B_NAME);
        browser.findElement(By.id("coUnits")).sendKeys(UNIT_C);
        browser.findElement(By.id("instruction")).sendKeys("Đề nghị Vụ Pháp chế chủ trì, báo cáo trước hạn");
        browser.findElement(By.id("workingDays")).sendKeys("5");
        console.clickAndLoad(By.id("assign"));

        assertThat(console.text("outcome")).startsWith("Đã giao xử lý");
        assertThat(console.text("slip-status")).isEqualTo("Đã giao");
        assertThat(console.text("handling-slip"))
                .contains(ComplianceSeed.UNIT_B_NAME, UNIT_C_NAME, "Đề nghị Vụ Pháp chế chủ trì, báo cáo trước hạn");
        assertThat(console.text("handling-steps")).contains("van-thu", "Đã giao", "5 ngày làm việc");

        new Select(browser.findElement(By.id("move-status"))).selectByVisibleText("Đã giải quyết");
        console.clickAndLoad(By.id("move")); // done without the answer or a note
        assertThat(console.text("outcome")).startsWith("Khi đã giải quyết xong cần ghi số");
        assertThat(console.text("slip-status")).isEqualTo("Đã giao");

        new Select(browser.findElement(By.id("move-status"))).selectByVisibleText("Đã giải quyết");
        browser.findElement(By.id("answer")).sendKeys("45/BTP-PC");
        console.clickAndLoad(By.id("move"));

        assertThat(console.text("outcome")).isEqualTo("Đã cập nhật tình trạng.");
        assertThat(console.text("slip-status")).isEqualTo("Đã giải quyết");
        assertThat(console.text("handling-slip")).contains("45/BTP-PC");
        assertThat(browser.findElements(By.id("move-form"))).isEmpty(); // done stays done
        assertThat(browser.findElements(By.id("assign-form"))).isEmpty();
        console.screenshot("10-handling-slip");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'van-thu' and action in"
                                + " ('handling-assigned', 'handling-done')")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void consultationShouldShowWhoAnsweredWhoHasNotAndOfferTheSummaryFiles() throws Exception {
        console.logIn("van-thu", PASSWORD);
        console.clickAndLoad(By.linkText("Lấy ý kiến dự thảo"));
        console.clickAndLoad(By.linkText("Dự thảo Thông tư hướng dẫn công tác văn thư"));

        assertThat(console.text("consultation-count")).isEqualTo("Đã góp ý: 1 đơn vị; chưa góp ý: 1 đơn vị.");
        assertThat(console.text("consultation-missing")).isEqualTo(UNIT_C_NAME);
        assertThat(console.row("consultation-units", "1"))
                .contains(ComplianceSeed.UNIT_B_NAME, "Đã góp ý", "cuong.lv@moj.gov.vn", "Đề nghị bỏ khoản 3 Điều 5");
        assertThat(console.row("consultation-units", "2")).contains(UNIT_C_NAME, "Chưa góp ý");
        console.screenshot("11-consultation");

        HttpResponse<byte[]> xlsx =
                download(browser.findElement(By.id("table-xlsx")).getAttribute("href"));
        HttpResponse<byte[]> pdf =
                download(browser.findElement(By.id("table-pdf")).getAttribute("href"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void periodicReportsShouldShowReceivedLateAndMissingPerPeriodAndUnit() throws Exception {
        console.logIn("van-thu", PASSWORD);
        console.clickAndLoad(By.linkText("Báo cáo định kỳ"));

        String header =
                browser.findElement(By.cssSelector("#periodic-bc-thang thead")).getText();
        assertThat(header).contains(ON_TIME.toString(), LATE.toString());
        List<String> columns = browser.findElements(By.cssSelector("#periodic-bc-thang thead th")).stream()
                .map(WebElement::getText)
                .toList();
        int onTime = indexOf(columns, ON_TIME.toString());
        int late = indexOf(columns, LATE.toString());
        assertThat(cell("periodic-bc-thang", ComplianceSeed.UNIT_A_NAME, onTime))
                .startsWith("Đúng hạn");
        assertThat(cell("periodic-bc-thang", ComplianceSeed.UNIT_A_NAME, late)).startsWith("Muộn");
        assertThat(cell("periodic-bc-thang", ComplianceSeed.UNIT_B_NAME, onTime))
                .isEqualTo("Chưa nộp");
        assertThat(cell("periodic-bc-thang", "Nộp muộn", onTime)).isEqualTo("0 muộn, 1 chưa nộp");
        assertThat(cell("periodic-bc-thang", "Nộp muộn", late)).isEqualTo("1 muộn, 1 chưa nộp");
        console.screenshot("12-periodic-reports");
    }

    @Test
    void unitHeadShouldSeeOnlyTheirUnit() throws Exception {
        console.logIn("truong-vp", PASSWORD);
        console.clickAndLoad(By.linkText("Sổ theo dõi giải quyết văn bản"));

        assertThat(console.text("handling-register")).contains("1/2026").doesNotContain("2/2026");
        assertThat(browser.findElements(By.id("unit"))).isEmpty();
        console.open("/console/handling?unit=" + ComplianceSeed.UNIT_B);
        assertThat(browser.getPageSource()).contains("403");
        console.open("/console/handling/2026/2");
        assertThat(browser.getPageSource()).contains("403").doesNotContain("Phiếu giải quyết");
        console.open("/console/handling/2026/1");
        assertThat(browser.findElements(By.id("move-form"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#leadUnit option")))
                .extracting(WebElement::getText)
                .containsExactly("—", ComplianceSeed.UNIT_A_NAME);

        console.open("/console/handling/consultations");
        assertThat(console.text("consultations")).contains("Dự thảo Thông tư", "Dự thảo Quy chế");
        console.open("/console/handling/consultations/" + otherConsultation); // asked: only the unit's own line
        assertThat(console.text("consultation-units"))
                .contains(ComplianceSeed.UNIT_A_NAME)
                .doesNotContain(UNIT_C_NAME);
        assertThat(browser.findElements(By.id("table-xlsx"))).isEmpty();
        assertThat(download(console.base() + "/console/handling/consultations/" + otherConsultation + "/table.xlsx")
                        .statusCode())
                .isEqualTo(403);

        console.open("/console/handling/reports");
        assertThat(console.text("periodic-bc-thang"))
                .contains(ComplianceSeed.UNIT_A_NAME)
                .doesNotContain(ComplianceSeed.UNIT_B_NAME);
    }

    @Test
    void unitHeadShouldGetTheSameScopeFromTheApi() throws Exception {
        HttpResponse<String> register = api("truong-vp", "/api/handling");

        assertThat(register.statusCode()).isEqualTo(200);
        assertThat(register.body()).contains("\"number\":\"1/2026\"").doesNotContain("\"number\":\"2/2026\"");
        assertThat(api("truong-vp", "/api/handling?unit=" + ComplianceSeed.UNIT_B)
                        .statusCode())
                .isEqualTo(403);
        assertThat(api("truong-vp", "/api/handling/2026/2").statusCode()).isEqualTo(403);
        assertThat(api("truong-vp", "/api/handling/2026/1").statusCode()).isEqualTo(200);
        assertThat(api("van-thu", "/api/handling?unit=" + ComplianceSeed.UNIT_B).body())
                .contains("\"number\":\"2/2026\"");
    }

    @Test
    void staffAndComplianceOfficersShouldBeRefusedTheHandlingPages() throws Exception {
        for (String user : List.of("can-bo", "giam-sat")) {
            console.logIn(user, PASSWORD);
            assertThat(browser.findElements(By.linkText("Sổ theo dõi giải quyết văn bản")))
                    .isEmpty();
            for (String page : List.of(
                    "/console/handling",
                    "/console/handling/2026/1",
                    "/console/handling/consultations",
                    "/console/handling/consultations/" + ownConsultation,
                    "/console/handling/consultations/" + ownConsultation + "/table.pdf",
                    "/console/handling/reports")) {
                console.open(page);
                assertThat(browser.getPageSource()).as(user + " " + page).contains("403");
            }
            console.open("/console");
            String token = browser.findElement(By.name("_csrf")).getAttribute("value");
            HttpResponse<String> post =
                    post("/console/handling/2026/1/status", "status=DONE&answer=9/X&_csrf=" + token);
            assertThat(post.statusCode()).as(user).isEqualTo(403);
            browser.manage().deleteAllCookies();
        }
        assertThat(handling.slipOf(handling.entryOf(2026, 1).orElseThrow())
                        .orElseThrow()
                        .status()
                        .name())
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void handlingFormsShouldBeRefusedWithoutTheirCsrfToken() throws Exception {
        console.logIn("van-thu", PASSWORD);

        HttpResponse<String> forged = post("/console/handling/2026/1/status", "status=RETURNED&note=x");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(handling.slipOf(handling.entryOf(2026, 1).orElseThrow())
                        .orElseThrow()
                        .status()
                        .name())
                .isEqualTo("IN_PROGRESS");
    }

    private void seed() {
        RegisterFixtures.registerThree(dataSource, Instant.parse("2026-03-02T02:00:00Z")); // 2 is urgent
        long first = handling.entryOf(2026, 1).orElseThrow();
        long second = handling.entryOf(2026, 2).orElseThrow();
        handling.assign(
                first,
                new DocumentHandling.Assignment(
                        Optional.of(ComplianceSeed.UNIT_A),
                        Optional.empty(),
                        List.of(),
                        Optional.of("Văn phòng chủ trì"),
                        Optional.of(TODAY.minusDays(3))),
                "lanh-dao");
        handling.move(
                first,
                vn.officialmail.gateway.handling.HandlingStatus.IN_PROGRESS,
                Optional.of("đang soạn"),
                Optional.empty(),
                "an.nv@moj.gov.vn");
        handling.assign(
                second,
                new DocumentHandling.Assignment(
                        Optional.of(ComplianceSeed.UNIT_B),
                        Optional.empty(),
                        List.of(),
                        Optional.empty(),
                        Optional.of(TODAY.plusDays(30))),
                "lanh-dao");
        ownConsultation = consultation(
                "Dự thảo Thông tư hướng dẫn công tác văn thư", ComplianceSeed.UNIT_A, ComplianceSeed.UNIT_B, UNIT_C);
        jdbc.sql("update consultation_unit set answered_at = ?, answered_by = 'cuong.lv@moj.gov.vn',"
                        + " comment_text = 'Đề nghị bỏ khoản 3 Điều 5' where consultation_id = ? and unit_code = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC), ownConsultation, ComplianceSeed.UNIT_B)
                .update();
        otherConsultation =
                consultation("Dự thảo Quy chế phối hợp", ComplianceSeed.UNIT_B, ComplianceSeed.UNIT_A, UNIT_C);
        report(ComplianceSeed.UNIT_A, ON_TIME, ON_TIME.plusMonths(1).atDay(3));
        report(ComplianceSeed.UNIT_A, LATE, LATE.plusMonths(1).atDay(20));
    }

    private long consultation(String title, String requesting, String... asked) {
        jdbc.sql("insert into consultation (title, requesting_unit, requested_by, deadline, created_at)"
                        + " values (?, ?, 'van-thu', ?, ?)")
                .params(title, requesting, TODAY.plusDays(10), OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        long id = jdbc.sql("select max(id) from consultation").query(Long.class).single();
        for (String unit : asked) {
            jdbc.sql("insert into consultation_unit (consultation_id, unit_code, mailbox, notice_message_id)"
                            + " values (?, ?, ?, ?)")
                    .params(
                            id,
                            unit,
                            unit.toLowerCase(java.util.Locale.ROOT) + "@moj.gov.vn",
                            "<" + id + unit + "@test>")
                    .update();
        }
        return id;
    }

    private void report(String unit, YearMonth period, LocalDate received) {
        jdbc.sql("insert into periodic_report (report_code, unit_code, period_key, received_at) values (?, ?, ?, ?)")
                .params(
                        "bc-thang",
                        unit,
                        period.toString(),
                        received.atTime(9, 0).atOffset(ZoneOffset.ofHours(7)))
                .update();
    }

    private static int indexOf(List<String> columns, String period) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).startsWith(period)) {
                return i;
            }
        }
        throw new AssertionError("no column " + period + " in " + columns);
    }

    private HttpResponse<byte[]> download(String url) throws Exception {
        String session = console.session();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> api(String user, String path) throws Exception {
        String basic =
                java.util.Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(console.base() + path))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        String session = console.session();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(console.base() + path))
                                .header("Cookie", "JSESSIONID=" + session)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String cell(String table, String first, int column) {
        for (WebElement tr : browser.findElements(By.cssSelector("#" + table + " tbody tr"))) {
            List<WebElement> cells = tr.findElements(By.tagName("td"));
            if (cells.get(0).getText().startsWith(first)) {
                return cells.get(column).getText();
            }
        }
        throw new AssertionError("no row starting with '" + first + "' in #" + table + ": "
                + browser.findElement(By.id(table)).getText());
    }
}
