package vn.officialmail.gateway.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.console.ComplianceSeed;
import vn.officialmail.gateway.users.Role;
import vn.officialmail.gateway.users.UserAdministration;

/**
 * The monthly and yearly reports over the API, in PDF (opened with PDFBox: Vietnamese intact,
 * fonts embedded), XLSX and CSV, with the figures of the seeded data; unit scoping; and the
 * monthly report job, run at a chosen moment of a controllable clock, mailing the report through
 * the relay to a real SMTP server on loopback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReportsIT {

    static final String PASSWORD = "Mật-khẩu-2026!";
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final List<String> LEADERS = List.of("lanh-dao@moj.gov.vn", "chanh-van-phong@moj.gov.vn");

    static final SmtpSink SMTP = new SmtpSink();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        vn.officialmail.gateway.TestDns.register(registry);
        registry.add("gateway.data-dir", () -> dataDir.toString());
        registry.add("gateway.smtp.port", () -> "0");
        registry.add("gateway.smtp.bind-address", () -> "127.0.0.1");
        registry.add("gateway.mode", () -> "inline");
        registry.add("gateway.relay.host", () -> "127.0.0.1");
        registry.add("gateway.relay.port", () -> Integer.toString(SMTP.port()));
        registry.add("gateway.mailbox.intake-enabled", () -> "false");
        registry.add("gateway.security.bootstrap-admin.password", () -> "test-admin-secret");
        registry.add("gateway.reports.recipients[0]", () -> LEADERS.get(0));
        registry.add("gateway.reports.recipients[1]", () -> LEADERS.get(1));
        ComplianceSeed.directory(registry);
    }

    /** The gateway's clock, moved by the tests instead of sleeping. */
    static final class MovableClock extends Clock {
        volatile Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdministration users;

    @Autowired
    MovableClock clock;

    @Autowired
    MonthlyReportMailing mailing;

    @Autowired
    Scheduler scheduler;

    @AfterAll
    static void stopSmtp() {
        SMTP.close();
    }

    @BeforeEach
    void seed() {
        if (jdbc.sql("select count(*) from app_user where username = 'giam-sat'")
                        .query(Long.class)
                        .single()
                == 0) {
            users.create("admin", "giam-sat", PASSWORD, Set.of(Role.COMPLIANCE_OFFICER), Optional.empty());
            users.create("admin", "truong-vp", PASSWORD, Set.of(Role.UNIT_HEAD), Optional.of(ComplianceSeed.UNIT_A));
            users.create("admin", "can-bo", PASSWORD, Set.of(Role.STAFF), Optional.of(ComplianceSeed.UNIT_A));
            new ComplianceSeed(jdbc, OCTOBER).write();
        }
    }

    @Test
    void monthlyPdfShouldCarryTheFiguresInVietnameseWithTheFontEmbedded() throws Exception {
        HttpResponse<byte[]> response = get("/api/reports/monthly?month=2026-10&format=pdf", "giam-sat");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("bao-cao-thang-2026-10-all.pdf"));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFC);
            assertThat(text)
                    .contains(
                            "BÁO CÁO TÌNH HÌNH SỬ DỤNG THƯ ĐIỆN TỬ CÔNG VỤ THÁNG 10/2026",
                            "Cơ quan: Bộ Tư pháp",
                            "Văn phòng Bộ (BTP-VP)",
                            "Vụ Pháp chế (BTP-PC)",
                            "Văn bản gửi từ hộp thư cá nhân",
                            "Văn bản gửi tới hộp thư cá nhân",
                            "Theo tên miền bên ngoài",
                            "gmail.com",
                            "40,0 %")
                    .doesNotContain("?ă");
            List<String> fonts = new ArrayList<>();
            for (org.apache.pdfbox.cos.COSName name :
                    pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
            }
            assertThat(fonts).allMatch(f -> f.contains("DejaVu") && f.endsWith("embedded"));
        }
    }

    @Test
    void monthlyCsvShouldCompareEachUnitWithTheMonthBefore() throws Exception {
        HttpResponse<byte[]> response = get("/api/reports/monthly?month=2026-10&format=csv", "giam-sat");
        String csv = new String(response.body(), StandardCharsets.UTF_8);

        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv).startsWith("\uFEFF\"BÁO CÁO");
        // section, item, messages, official, share, share change, violations, last month, change
        assertThat(csv.lines())
                .contains(
                        "\"Tổng hợp\",\"Bộ Tư pháp\",\"5\",\"2\",\"40,0 %\",\"−10,0\",\"3\",\"1\",\"+2\"",
                        "\"Theo đơn vị\",\"Văn phòng Bộ (BTP-VP)\",\"4\",\"2\",\"50,0 %\",\"0,0\",\"2\",\"1\",\"+1\"",
                        "\"Theo đơn vị\",\"Vụ Pháp chế (BTP-PC)\",\"2\",\"1\",\"50,0 %\",\"−50,0\",\"1\",\"0\",\"+1\"",
                        "\"Theo loại vi phạm\",\"Văn bản gửi từ hộp thư cá nhân\",\"\",\"\",\"\",\"\",\"2\",\"1\",\"+1\"",
                        "\"Theo tên miền bên ngoài\",\"yahoo.com\",\"\",\"\",\"\",\"\",\"1\",\"0\",\"+1\"");
    }

    @Test
    void monthlyXlsxAndYearlySummaryShouldHoldTheSameFigures() throws Exception {
        HttpResponse<byte[]> xlsx = get("/api/reports/monthly?month=2026-10&format=xlsx&lang=en", "giam-sat");
        HttpResponse<byte[]> yearly = get("/api/reports/yearly?year=2026&format=csv", "giam-sat");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0)
                    .forEach(row ->
                            row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertThat(all.toString())
                    .contains("OFFICIAL E-MAIL USE: MONTHLY REPORT 10/2026", "Document from a personal mailbox|")
                    .contains("Văn phòng Bộ (BTP-VP)|4|2|50.0%|0.0|2|1|+1|");
        }
        assertThat(new String(yearly.body(), StandardCharsets.UTF_8).lines())
                .contains(
                        // unit, messages, official, share, violations, compliance rate, months with violations, worst
                        "\"Văn phòng Bộ (BTP-VP)\",\"6\",\"3\",\"50,0 %\",\"3\",\"50,0 %\",\"2\",\"10/2026\"",
                        "\"Vụ Pháp chế (BTP-PC)\",\"3\",\"2\",\"66,7 %\",\"1\",\"66,7 %\",\"1\",\"10/2026\"");
    }

    @Test
    void unitHeadShouldGetOnlyTheirUnitsReportAndStaffNone() throws Exception {
        HttpResponse<byte[]> own = get("/api/reports/monthly?month=2026-10&format=csv", "truong-vp");
        int other = get("/api/reports/monthly?month=2026-10&unit=" + ComplianceSeed.UNIT_B, "truong-vp")
                .statusCode();
        int agency = get("/api/reports/yearly?agency=BTP", "truong-vp").statusCode();
        int staff = get("/api/reports/monthly", "can-bo").statusCode();
        int anonymous = get("/api/reports/monthly", null).statusCode();
        int badFormat = get("/api/reports/monthly?format=docx", "giam-sat").statusCode();
        int badMonth = get("/api/reports/monthly?month=10-2026", "giam-sat").statusCode();
        int unknownUnit = get("/api/reports/monthly?unit=KHONG-CO", "giam-sat").statusCode();

        String csv = new String(own.body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Đơn vị: Văn phòng Bộ (BTP-VP)").doesNotContain("Vụ Pháp chế");
        assertThat(csv.lines())
                .contains("\"Tổng hợp\",\"Văn phòng Bộ (BTP-VP)\",\"4\",\"2\",\"50,0 %\",\"0,0\",\"2\",\"1\",\"+1\"");
        assertThat(List.of(other, agency, staff, anonymous, badFormat, badMonth, unknownUnit))
                .containsExactly(403, 403, 403, 401, 400, 400, 400);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'report-exported' and actor = 'truong-vp'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void monthlyJobShouldBeScheduledForTheFirstOfTheMonthInHanoi() throws Exception {
        List<? extends Trigger> triggers = scheduler.getTriggersOfJob(JobKey.jobKey("monthly-report", "reports"));

        assertThat(triggers).hasSize(1);
        ZonedDateTime next = triggers.get(0).getNextFireTime().toInstant().atZone(HANOI);
        assertThat(next.getDayOfMonth()).isEqualTo(1);
        assertThat(next.toLocalTime()).isEqualTo(java.time.LocalTime.of(7, 0));
    }

    @Test
    void monthlyJobShouldMailLastMonthsReportToTheLeadershipOnceOnTheFirst() throws Exception {
        // 07:00 on 1 November in Hà Nội is 00:00 UTC: still 1 November, report of October.
        clock.now = ZonedDateTime.of(2026, 11, 1, 7, 0, 0, 0, HANOI).toInstant();
        Optional<YearMonth> first = mailing.sendDue();
        Optional<YearMonth> again = mailing.sendDue();

        assertThat(first).hasValue(OCTOBER);
        assertThat(again).isEmpty();
        String subject = "Báo cáo tháng 10/2026: sử dụng thư điện tử công vụ";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> reportsReceived(subject).size() == 1);
        SmtpSink.Received envelope = reportsReceived(subject).get(0);
        assertThat(envelope.mailFrom()).isEmpty(); // the null reverse path: a report never bounces back
        assertThat(envelope.recipients()).containsExactlyInAnyOrderElementsOf(LEADERS);
        MimeMessage received = parse(envelope);
        List<String> recipients = new ArrayList<>();
        for (jakarta.mail.Address a : received.getAllRecipients()) {
            recipients.add(a.toString());
        }
        assertThat(recipients).containsExactlyInAnyOrderElementsOf(LEADERS);
        assertThat(received.getSubject()).isEqualTo(subject);
        assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        Multipart parts = (Multipart) received.getContent();
        assertThat((String) parts.getBodyPart(0).getContent())
                .contains("Tổng số thư: 5; thư chính thức: 2 (40,0 %); số vi phạm: 3 (tháng trước: 1).");
        List<String> files = new ArrayList<>();
        byte[] pdf = null;
        for (int i = 1; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            files.add(part.getFileName());
            if (part.getFileName().endsWith(".pdf")) {
                pdf = part.getInputStream().readAllBytes();
            }
        }
        assertThat(files)
                .containsExactly(
                        "bao-cao-thang-2026-10.pdf", "bao-cao-thang-2026-10.xlsx", "bao-cao-thang-2026-10.csv");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC))
                    .contains("THÁNG 10/2026", "Văn phòng Bộ (BTP-VP)");
        }
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'monthly-report-sent'"
                                + " and subject_id = 'monthly/2026-10/all'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void monthlyJobShouldCountMonthsInHanoiNotUtc() {
        // 23:30 UTC on 31 December is already 1 January in Hà Nội: the report is December's.
        clock.now = Instant.parse("2026-12-31T23:30:00Z");

        Optional<YearMonth> sent = mailing.sendDue();

        assertThat(sent).hasValue(YearMonth.of(2026, 12));
    }

    private static List<SmtpSink.Received> reportsReceived(String subject) throws Exception {
        List<SmtpSink.Received> found = new ArrayList<>();
        for (SmtpSink.Received r : SMTP.received()) {
            if (subject.equals(parse(r).getSubject())) {
                found.add(r);
            }
        }
        return found;
    }

    private static MimeMessage parse(SmtpSink.Received r) throws Exception {
        return new MimeMessage(
                jakarta.mail.Session.getInstance(new java.util.Properties()), new ByteArrayInputStream(r.data()));
    }

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET();
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
