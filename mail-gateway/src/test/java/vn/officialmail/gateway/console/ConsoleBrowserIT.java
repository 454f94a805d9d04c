package vn.officialmail.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.LoopbackGateway;
import vn.officialmail.gateway.users.Role;
import vn.officialmail.gateway.users.UserAdministration;

/**
 * The console in a real browser: headless Chromium ({@link ConsoleBrowser}, offline, never
 * Selenium Manager). A missing browser fails these tests; it never skips them. Each run refreshes
 * the screenshots in {@code docs/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConsoleBrowserIT {

    static final String PASSWORD = "Mật-khẩu-2026!";
    static final YearMonth MONTH = YearMonth.now(ComplianceSeed.ZONE);

    @TempDir
    static Path dataDir;

    static long held;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.register(registry, dataDir);
        registry.add("gateway.mode", () -> "journal");
        registry.add("gateway.mailbox.intake-enabled", () -> "false");
        registry.add("gateway.security.bootstrap-admin.password", () -> "test-admin-secret");
        ComplianceSeed.directory(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdministration users;

    /** One Chromium for the class, logged out between tests. */
    static ConsoleBrowser console;

    WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        console = ConsoleBrowser.start();
    }

    @BeforeEach
    void seedAndOpen() {
        if (jdbc.sql("select count(*) from app_user where username = 'giam-sat'")
                        .query(Long.class)
                        .single()
                == 0) {
            users.create("admin", "giam-sat", PASSWORD, Set.of(Role.COMPLIANCE_OFFICER), Optional.empty());
            users.create("admin", "truong-vp", PASSWORD, Set.of(Role.UNIT_HEAD), Optional.of(ComplianceSeed.UNIT_A));
            users.create("admin", "can-bo", PASSWORD, Set.of(Role.STAFF), Optional.of(ComplianceSeed.UNIT_A));
            held = new ComplianceSeed(jdbc, MONTH).write();
            mailbox();
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
    void officerShouldSeeTheSeededFiguresOnTheDashboard() throws Exception {
        console.logIn("giam-sat", PASSWORD);
        console.screenshot("01-home");

        browser.findElement(By.linkText("Tổng quan tuân thủ")).click();
        String thisMonth = "?from=" + MONTH + "&to=" + MONTH;
        console.open("/console/compliance" + thisMonth);

        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Tổng quan sử dụng hộp thư không chính thức");
        assertThat(console.text("total-messages")).isEqualTo(Integer.toString(ComplianceSeed.MESSAGES_IN_MONTH));
        assertThat(console.text("total-violations")).isEqualTo(Integer.toString(ComplianceSeed.VIOLATIONS_IN_MONTH));
        assertThat(console.text("official-share")).isEqualTo("40,0 %"); // 2 of 5
        assertThat(console.row("by-unit-month", ComplianceSeed.UNIT_A_NAME))
                .endsWith(
                        " " + ComplianceSeed.VIOLATIONS_OF_A_IN_MONTH + " " + ComplianceSeed.VIOLATIONS_OF_A_IN_MONTH);
        assertThat(console.row("top-domains", "gmail.com")).isEqualTo("gmail.com 2");
        assertThat(console.row("top-domains", "yahoo.com")).isEqualTo("yahoo.com 1");
        assertThat(browser.findElements(By.cssSelector("svg#trend rect.bar"))).hasSize(1);

        console.open("/console/compliance?from=" + MONTH.minusMonths(1) + "&to=" + MONTH);
        assertThat(console.text("total-violations"))
                .isEqualTo(Integer.toString(ComplianceSeed.VIOLATIONS_IN_MONTH + ComplianceSeed.VIOLATIONS_BEFORE));
        assertThat(browser.findElements(By.cssSelector("svg#trend rect.bar"))).hasSize(2);
        console.screenshot("02-dashboard");
    }

    @Test
    void officerShouldDrillDownFromADomainToTheMessage() throws Exception {
        console.logIn("giam-sat", PASSWORD);
        console.open("/console/compliance?from=" + MONTH + "&to=" + MONTH);

        browser.findElement(By.cssSelector("#top-domains a")).click(); // gmail.com, the most frequent
        assertThat(console.text("events-total")).isEqualTo("Tìm thấy 2 vi phạm.");
        assertThat(browser.findElement(By.id("events")).getText())
                .contains("ho.ten@gmail.com", "nguoi.dan@gmail.com", "Văn bản gửi từ hộp thư cá nhân")
                .doesNotContain("yahoo.com");
        console.screenshot("03-events");
        browser.findElement(By.linkText(ComplianceSeed.INVITATION)).click();

        assertThat(console.text("message-subject")).isEqualTo(ComplianceSeed.INVITATION);
        assertThat(browser.findElement(By.id("message-facts")).getText())
                .contains("ho.ten@gmail.com", "an.nv@moj.gov.vn", "NON_OFFICIAL");
        assertThat(browser.findElement(By.id("message-violations")).getText())
                .contains("Thư đến", ComplianceSeed.UNIT_A);
        console.screenshot("04-message");
    }

    @Test
    void officerShouldReleaseAHeldMessageWithAReasonAndSeeTheAuditEntry() throws Exception {
        console.logIn("giam-sat", PASSWORD);
        browser.findElement(By.linkText("Thư cách ly")).click();
        console.screenshot("05-quarantine");

        browser.findElement(By.id("release-" + held)).click(); // no reason: the browser refuses (required)
        assertThat(browser.getCurrentUrl()).endsWith("/console/quarantine");
        browser.findElement(By.id("release-reason-" + held)).sendKeys("Đã xác minh qua điện thoại với người gửi");
        browser.findElement(By.id("release-" + held)).click();

        assertThat(console.text("outcome")).isEqualTo("Đã giải phóng thư " + held + ".");
        assertThat(browser.findElements(By.id("held-" + held))).isEmpty();
        console.open("/console/messages/" + held);
        assertThat(browser.findElement(By.id("message-audit")).getText())
                .contains("giam-sat", "quarantine-released", "Đã xác minh qua điện thoại với người gửi");
        assertThat(jdbc.sql("select state from message_record where id = ?")
                        .param(held)
                        .query(String.class)
                        .single())
                .isEqualTo("RELEASED");
    }

    @Test
    void staffShouldBeRefusedTheCompliancePages() throws Exception {
        console.logIn("can-bo", PASSWORD);

        assertThat(browser.findElements(By.linkText("Tổng quan tuân thủ"))).isEmpty();
        for (String page : List.of(
                "/console/compliance",
                "/console/compliance/events",
                "/console/quarantine",
                "/console/units",
                "/console/reports",
                "/console/messages/" + held)) {
            console.open(page);
            assertThat(browser.getPageSource()).as(page).contains("403").doesNotContain("Tổng quan sử dụng");
        }
    }

    @Test
    void unitHeadShouldSeeOnlyTheirUnit() throws Exception {
        console.logIn("truong-vp", PASSWORD);
        console.open("/console/compliance?from=" + MONTH + "&to=" + MONTH);

        assertThat(console.text("total-violations"))
                .isEqualTo(Integer.toString(ComplianceSeed.VIOLATIONS_OF_A_IN_MONTH));
        assertThat(browser.findElement(By.id("by-unit-month")).getText()).doesNotContain(ComplianceSeed.UNIT_B_NAME);
        console.open("/console/compliance/events?from=" + MONTH + "&to=" + MONTH);
        assertThat(browser.findElement(By.id("events")).getText()).doesNotContain("nguoi.dan@gmail.com");
        console.open("/console/compliance/events?unit=" + ComplianceSeed.UNIT_B);
        assertThat(browser.getPageSource()).contains("403");
        console.open("/console/units?from=" + MONTH + "&to=" + MONTH);
        assertThat(console.row("unit-rates", ComplianceSeed.UNIT_A_NAME))
                .contains("50,0 %"); // 2 of 4 messages violated
        console.screenshot("06-units");
    }

    @Test
    void unitHeadShouldOpenTheirUnitsMessagesAsSearchFindsThemAndNoOther() throws Exception {
        long ofBothUnits = idOfSubject("Công văn trao đổi"); // from unit A to unit B, no violation
        long ofUnitB = idOfSubject("Đơn đề nghị"); // to unit B only
        console.logIn("truong-vp", PASSWORD);

        console.open("/console/messages/" + ofBothUnits);
        assertThat(console.text("message-subject")).isEqualTo("Công văn trao đổi");
        console.open("/console/messages/" + ofUnitB);
        assertThat(browser.getPageSource()).contains("404").doesNotContain("Đơn đề nghị");
    }

    private long idOfSubject(String subject) {
        return jdbc.sql("select id from message_record where subject = ?")
                .param(subject)
                .query(Long.class)
                .single();
    }

    @Test
    void languageSwitchShouldTurnTheConsoleEnglishAndKeepIt() throws Exception {
        console.logIn("giam-sat", PASSWORD);
        console.open("/console/compliance");

        browser.findElement(By.linkText("English")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Non-official mailbox use");
        browser.findElement(By.linkText("Mailbox health")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Unit mailbox health (IMAP)");
        assertThat(browser.findElement(By.id("mailbox-health")).getText()).contains("van-phong", "INBOX", "Late");
        console.screenshot("07-mailboxes-en");
        browser.findElement(By.linkText("Tiếng Việt")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tình trạng hộp thư đơn vị (IMAP)");
    }

    @Test
    void reportsPageShouldOfferTheMonthlyReportForDownloadWithTheSession() throws Exception {
        console.logIn("giam-sat", PASSWORD);
        browser.findElement(By.linkText("Báo cáo")).click();
        console.screenshot("08-reports");
        String action = browser.findElement(By.id("monthly-form")).getAttribute("action");
        String session = console.session();

        HttpResponse<String> csv = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(action + "?month=" + MONTH + "&format=csv"))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(browser.findElements(By.cssSelector("#monthly-form label"))).hasSize(4); // every field labelled
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body())
                .contains("BÁO CÁO TÌNH HÌNH SỬ DỤNG THƯ ĐIỆN TỬ CÔNG VỤ THÁNG "
                        + MONTH.format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy")))
                .contains("\"Văn phòng Bộ (BTP-VP)\",\"4\",\"2\",\"50,0 %\"");
    }

    @Test
    void keyboardUsersShouldFirstMeetTheSkipLinkAndThenTheNavigation() throws Exception {
        console.logIn("giam-sat", PASSWORD);
        console.open("/console/compliance");

        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser);
        keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        String first = browser.switchTo().activeElement().getDomProperty("textContent");
        keys.sendKeys(org.openqa.selenium.Keys.TAB, org.openqa.selenium.Keys.TAB)
                .perform();
        String third = browser.switchTo().activeElement().getDomProperty("textContent");

        assertThat(first).isEqualTo("Bỏ qua, tới nội dung chính");
        assertThat(third).isEqualTo("Trang chủ");
        for (WebElement input : browser.findElements(By.cssSelector("main input, main select"))) {
            assertThat(browser.findElements(By.cssSelector("label[for='" + input.getAttribute("id") + "']")))
                    .as("label of #" + input.getAttribute("id"))
                    .hasSize(1);
        }
    }

    @Test
    void quarantineFormShouldBeRefusedWithoutItsCsrfToken() throws Exception {
        console.logIn("giam-sat", PASSWORD);
        String session = console.session();

        HttpResponse<String> forged = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(console.base() + "/console/quarantine/" + held + "/reject"))
                                .header("Cookie", "JSESSIONID=" + session)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("reason=x"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'quarantine-rejected'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void mailbox() {
        jdbc.sql("insert into mailbox_account (name, origin, host, port, tls_mode, username, auth_kind, folders,"
                        + " unit_code, after_action, enabled, created_at, updated_at) values ('van-phong', 'api',"
                        + " 'imap.moj.gov.vn', 993, 'IMPLICIT', 'vanphong@moj.gov.vn', 'PASSWORD', 'INBOX', ?, 'NONE',"
                        + " true, current_timestamp, current_timestamp)")
                .param(ComplianceSeed.UNIT_A)
                .update();
        long id = jdbc.sql("select id from mailbox_account where name = 'van-phong'")
                .query(Long.class)
                .single();
        jdbc.sql("insert into mailbox_folder_state (account_id, folder, uid_validity, last_uid, message_count,"
                        + " pending_count, taken_count, last_sync_at) values (?, 'INBOX', 1, 40, 42, 2, 40, ?)")
                .params(
                        id,
                        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(2))
                .update();
    }
}
