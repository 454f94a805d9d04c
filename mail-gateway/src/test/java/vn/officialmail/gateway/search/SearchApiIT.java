package vn.officialmail.gateway.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.TestDns;
import vn.officialmail.gateway.processing.MessageProcessor;
import vn.officialmail.gateway.spool.Envelope;
import vn.officialmail.gateway.users.Role;
import vn.officialmail.gateway.users.UserAdministration;
import vn.officialmail.indexer.index.MailIndex;

/**
 * The search API over mail that went through the whole pipeline with a seeded directory: access by
 * unit inside the query, the query language and facets over HTTP, clear errors, and a rebuild of
 * the index (aside, then swapped in) that gives the same answers as the live index.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SearchApiIT {

    private static final String ADMIN_PASSWORD = "Quan-tri-vien-2025!";
    private static final String PASSWORD = "Mat-khau-rat-manh-2025!";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDns.register(registry);
        registry.add("gateway.data-dir", () -> dataDir.toString());
        registry.add("gateway.smtp.enabled", () -> "false");
        registry.add("gateway.mode", () -> "journal");
        registry.add("gateway.security.bootstrap-admin.password", () -> ADMIN_PASSWORD);
        registry.add("spring.quartz.scheduler-name", () -> "search-api-it");
        registry.add("gateway.directory.agencies[0].code", () -> "BTP");
        registry.add("gateway.directory.agencies[0].name", () -> "Bộ Tư pháp");
        registry.add("gateway.directory.agencies[0].domains[0]", () -> "moj.gov.vn");
        registry.add("gateway.directory.units[0].code", () -> "BTP-VP");
        registry.add("gateway.directory.units[0].agency", () -> "BTP");
        registry.add("gateway.directory.units[0].name", () -> "Văn phòng Bộ");
        registry.add("gateway.directory.units[0].abbreviation", () -> "VP");
        registry.add("gateway.directory.units[0].shared-mailbox", () -> "vp@moj.gov.vn");
        registry.add("gateway.directory.units[1].code", () -> "BTP-KHTC");
        registry.add("gateway.directory.units[1].agency", () -> "BTP");
        registry.add("gateway.directory.units[1].name", () -> "Vụ Kế hoạch - Tài chính");
        registry.add("gateway.directory.units[1].abbreviation", () -> "KHTC");
        registry.add("gateway.directory.units[1].shared-mailbox", () -> "khtc@moj.gov.vn");
    }

    @LocalServerPort
    int port;

    @Autowired
    MessageProcessor processor;

    @Autowired
    UserAdministration users;

    @Autowired
    MailIndex index;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void seed() throws Exception {
        if (jdbc.sql("select count(*) from message_record").query(Long.class).single() > 0) {
            return;
        }
        users.create("admin", "truong-vp", PASSWORD, Set.of(Role.UNIT_HEAD), Optional.of("BTP-VP"));
        users.create("admin", "truong-khtc", PASSWORD, Set.of(Role.UNIT_HEAD), Optional.of("BTP-KHTC"));
        users.create("admin", "van-thu", PASSWORD, Set.of(Role.CLERK), Optional.empty());
        users.create("admin", "khong-don-vi", PASSWORD, Set.of(Role.STAFF), Optional.empty());
        process(
                "vp-invitation",
                "vp@moj.gov.vn",
                "Giấy mời họp giao ban tháng 11",
                String.join(
                        "\r\n",
                        "BỘ TƯ PHÁP",
                        "VĂN PHÒNG BỘ",
                        "Số: 41/GM-VP",
                        "Hà Nội, ngày 18 tháng 11 năm 2026",
                        "GIẤY MỜI",
                        "Họp giao ban công tác tháng 11",
                        "Văn phòng Bộ trân trọng kính mời đại diện lãnh đạo các đơn vị dự họp giao ban."));
        process(
                "khtc-report",
                "khtc@moj.gov.vn",
                "Báo cáo tài chính quý III",
                "Kính gửi Vụ Kế hoạch - Tài chính. Báo cáo số liệu tài chính quý III năm 2026 của đơn vị.");
        processZip("khtc-dossier", "khtc@moj.gov.vn");
        await().atMost(Duration.ofSeconds(10)).until(() -> index.count() == 3);
    }

    @Test
    void aUserOfOneUnitShouldSeeOnlyTheirUnitsMail() throws Exception {
        assertThat(get("/api/search?q=", "truong-vp").body())
                .contains("Giấy mời họp giao ban")
                .doesNotContain("Báo cáo tài chính")
                .contains("\"total\":1");
        assertThat(get("/api/search?q=" + enc("bao cao tai chinh"), "truong-vp").body())
                .contains("\"total\":0");
        assertThat(get("/api/search?q=" + enc("don-vi:BTP-VP"), "truong-khtc").body())
                .contains("\"total\":0")
                .doesNotContain("BTP-VP");
        assertThat(get("/api/search?q=" + enc("bao cao tai chinh"), "truong-khtc")
                        .body())
                .contains("Báo cáo tài chính quý III")
                .contains("\"total\":1");
        assertThat(get("/api/search?q=", "khong-don-vi").statusCode()).isEqualTo(403); // staff: no API
        assertThat(get("/api/search?q=", "van-thu").body()).contains("\"total\":3");
    }

    @Test
    void unitHeadsShouldOpenTheMessagesTheyFindAndNoOthers() throws Exception {
        long vp = jdbc.sql("select id from message_record where spool_id = 'vp-invitation'")
                .query(Long.class)
                .single();
        long khtc = jdbc.sql("select id from message_record where spool_id = 'khtc-report'")
                .query(Long.class)
                .single();

        HttpResponse<String> own = get("/api/messages/" + vp, "truong-vp");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Giấy mời họp giao ban tháng 11");
        assertThat(get("/api/messages/" + khtc, "truong-khtc").statusCode()).isEqualTo(200);
        // another unit's message does not exist for them, as a secret one does not for clerks
        assertThat(get("/api/messages/" + khtc, "truong-vp").statusCode()).isEqualTo(404);
        assertThat(get("/api/messages/" + vp, "truong-khtc").statusCode()).isEqualTo(404);
        assertThat(get("/api/messages/" + khtc, "truong-vp").body()).doesNotContain("Báo cáo tài chính");
        // the list of all mail stays with the roles that read all mail; unit heads search
        assertThat(get("/api/messages", "truong-vp").statusCode()).isEqualTo(403);
        assertThat(get("/api/messages/" + vp, "khong-don-vi").statusCode()).isEqualTo(403);
        assertThat(get("/api/messages/" + khtc, "van-thu").statusCode()).isEqualTo(200);
    }

    @Test
    void theQueryLanguageFacetsAndHighlightsShouldWorkOverHttp() throws Exception {
        String all = get("/api/search?q=&sort=newest", "admin").body();
        assertThat(all)
                .contains("\"total\":3")
                .contains("{\"value\":\"BTP-VP\",\"count\":1}")
                .contains("{\"value\":\"BTP-KHTC\",\"count\":2}")
                .contains("\"month\":[{\"value\":\"");
        String invitation =
                get("/api/search?q=" + enc("kinh moi don-vi:btp-vp"), "admin").body();
        assertThat(invitation)
                .contains("\"total\":1")
                .contains("<b>kính</b> <b>mời</b>")
                .contains("\"subject\":\"Giấy mời họp giao ban tháng 11\"");
        String type = jdbc.sql("select document_type from document_classification c join message_record r"
                        + " on r.id = c.message_record_id where r.spool_id = 'vp-invitation'")
                .query(String.class)
                .single();
        assertThat(type).isEqualTo("giay-moi");
        assertThat(get("/api/search?q=" + enc("loai:GM"), "admin").body())
                .contains("\"total\":1")
                .contains("\"documentType\":\"giay-moi\"");
        assertThat(get("/api/search?q=" + enc("loại:gm tài chính"), "admin").body())
                .contains("\"total\":0");
        assertThat(get("/api/search?q=" + enc("ngay:1990"), "admin").body()).contains("\"total\":0");
        assertThat(get("/api/search?q=&unit=BTP-KHTC", "admin").body())
                .contains("\"total\":2")
                .contains("Báo cáo tài chính");
    }

    @Test
    void attachmentPartsShouldBeSearchableAndTheirExtractionFactsShownWithTheMessage() throws Exception {
        String found = get("/api/search?q=" + enc("phong hop so 2"), "admin").body();
        assertThat(found).contains("\"total\":1").contains("<b>phòng</b> <b>họp</b> <b>số</b> <b>2</b>");
        long id = jdbc.sql("select id from message_record where spool_id = 'khtc-dossier'")
                .query(Long.class)
                .single();

        String detail = get("/api/messages/" + id, "admin").body();

        assertThat(detail)
                .contains("\"parts\":[{\"path\":\"hồ sơ.zip\",\"depth\":0,\"mediaType\":\"application/zip\"")
                .contains("\"path\":\"hồ sơ.zip/ghi chú.txt\",\"depth\":1,\"mediaType\":\"text/plain\"")
                .contains("\"path\":\"hồ sơ.zip/hỏng.pdf\"")
                .contains("\"outcome\":\"failed\"")
                .contains("\"sha256\":\"" + sha256("Họp lúc 8 giờ tại phòng họp số 2") + "\"");
    }

    @Test
    void badInputShouldGetAClearErrorInVietnameseAndEnglish() throws Exception {
        HttpResponse<String> date = get("/api/search?q=" + enc("ngay:31/2/2026"), "admin");
        HttpResponse<String> sort = get("/api/search?q=x&sort=alphabet", "admin");
        HttpResponse<String> limit = get("/api/search?q=x&limit=5000", "admin");
        HttpResponse<String> tooLong = get("/api/search?q=" + "x".repeat(1001), "admin");

        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(date.body())
                .contains("Ngày không hợp lệ")
                .contains("invalid date")
                .contains("31/2/2026");
        assertThat(sort.statusCode()).isEqualTo(400);
        assertThat(sort.body()).contains("Cách sắp xếp không hợp lệ").contains("invalid sort");
        assertThat(limit.statusCode()).isEqualTo(400);
        assertThat(limit.body()).contains("limit phải từ 1 đến 200");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("Câu tìm kiếm dài quá 1000 ký tự");
    }

    @Test
    void aRebuiltIndexShouldAnswerLikeTheLiveOneAndOnlyAdministratorsMayStartIt() throws Exception {
        List<String> queries = List.of(
                "/api/search?q=&sort=oldest",
                "/api/search?q=" + enc("giao ban"),
                "/api/search?q=" + enc("loai:GM"),
                "/api/search?q=" + enc("tài chính quý"),
                "/api/search?q=" + enc("don-vi:BTP-KHTC"));
        Map<String, String> live = new LinkedHashMap<>();
        for (String query : queries) {
            live.put(query, get(query, "admin").body());
        }

        assertThat(post("/api/index/rebuild", "van-thu").statusCode()).isEqualTo(403);
        HttpResponse<String> started = post("/api/index/rebuild", "admin");
        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(started.body()).contains("\"state\":\"RUNNING\"");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> get("/api/index/rebuild", "admin").body().contains("\"state\":\"DONE\""));
        index.refresh();

        assertThat(get("/api/index/rebuild", "admin").body())
                .contains("\"messages\":3")
                .contains("\"degraded\":0");
        for (String query : queries) {
            assertThat(get(query, "admin").body()).as(query).isEqualTo(live.get(query));
        }
        assertThat(Files.exists(dataDir.resolve("index.rebuild"))).isFalse();
        assertThat(Files.exists(dataDir.resolve("index.old"))).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'index-rebuilt' and actor = 'admin'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private void process(String name, String to, String subject, String body) throws Exception {
        String from = "vanthu@sotttt.hanoi.gov.vn";
        String raw = "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + MimeUtility.encodeText(subject, "UTF-8", "B")
                + "\r\nMessage-ID: <" + name
                + "@sotttt.hanoi.gov.vn>\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
        Envelope envelope = new Envelope(
                from,
                List.of(to),
                "127.0.0.1",
                "mail.hanoi.gov.vn",
                Instant.now().minusSeconds(60),
                "smtp");
        processor.processBatch(
                List.of(new MessageProcessor.Incoming(name, envelope, raw.getBytes(StandardCharsets.UTF_8))));
    }

    /** A dossier: a ZIP with a Vietnamese note and a broken PDF. */
    private void processZip(String name, String to) throws Exception {
        byte[] garbage = new byte[2048];
        new Random(7).nextBytes(garbage);
        ByteArrayOutputStream zipBytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipBytes)) {
            zip.putNextEntry(new ZipEntry("ghi chú.txt"));
            zip.write("Họp lúc 8 giờ tại phòng họp số 2".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("hỏng.pdf"));
            zip.write(garbage);
        }
        String from = "vanthu@sotttt.hanoi.gov.vn";
        String raw = "From: " + from + "\r\nTo: " + to + "\r\nSubject: Ho so\r\nMessage-ID: <" + name
                + "@sotttt.hanoi.gov.vn>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nKính gửi.\r\n--b\r\n"
                + "Content-Type: application/zip\r\n"
                + "Content-Disposition: attachment; filename*=UTF-8''h%E1%BB%93%20s%C6%A1.zip\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(zipBytes.toByteArray()) + "\r\n--b--\r\n";
        Envelope envelope = new Envelope(
                from,
                List.of(to),
                "127.0.0.1",
                "mail.hanoi.gov.vn",
                Instant.now().minusSeconds(60),
                "smtp");
        processor.processBatch(
                List.of(new MessageProcessor.Incoming(name, envelope, raw.getBytes(StandardCharsets.UTF_8))));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET(),
                user);
    }

    private HttpResponse<String> post(String path, String user) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .POST(HttpRequest.BodyPublishers.noBody()),
                user);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
        String password = user.equals("admin") ? ADMIN_PASSWORD : PASSWORD;
        request.header(
                "Authorization",
                "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
