package vn.officialmail.gateway.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.LoopbackGateway;
import vn.officialmail.gateway.processing.MessageProcessor;
import vn.officialmail.gateway.spool.Envelope;

/**
 * Lowered {@code gateway.extraction.*} limits take effect on mail going through the pipeline: an
 * attachment over {@code max-bytes} and a ZIP entry over it (judged inside the worker process) are
 * FAILED unparsed with the reason, text over {@code max-text-chars} is cut and TRUNCATED, and what
 * was kept stays searchable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ExtractionLimitsIT {

    private static final String ADMIN_PASSWORD = "Quan-tri-vien-2025!";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.registerWithoutSmtp(registry, dataDir);
        registry.add("gateway.mode", () -> "journal");
        registry.add("gateway.security.bootstrap-admin.password", () -> ADMIN_PASSWORD);
        registry.add("spring.quartz.scheduler-name", () -> "extraction-limits-it");
        registry.add("gateway.extraction.max-bytes", () -> "1KB");
        registry.add("gateway.extraction.max-text-chars", () -> "200");
        registry.add("gateway.extraction.workers", () -> "1");
        registry.add("gateway.extraction.worker-heap", () -> "256m");
    }

    @LocalServerPort
    int port;

    @Autowired
    MessageProcessor processor;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void loweredLimitsShouldFailOrCutThePartsOverThemAndSayWhy() throws Exception {
        String big = "Tài liệu lớn. ".repeat(200); // ~3 KB
        String longText = "Đầu văn bản: lịch họp giao ban. " + "x".repeat(400) + " cuoivanban"; // < 1 KB, > 200 chars
        ByteArrayOutputStream zipBytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipBytes)) {
            zip.putNextEntry(new ZipEntry("lớn.txt"));
            zip.write(big.getBytes(StandardCharsets.UTF_8)); // compresses far below 1 KB
            zip.putNextEntry(new ZipEntry("nhỏ.txt"));
            zip.write("Ghi chú ngắn về phòng họp".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(zipBytes.size()).isLessThan(1024);

        long id = process(List.of(
                attachment("big.txt", "text/plain; charset=UTF-8", big.getBytes(StandardCharsets.UTF_8)),
                attachment("long.txt", "text/plain; charset=UTF-8", longText.getBytes(StandardCharsets.UTF_8)),
                attachment("hoso.zip", "application/zip", zipBytes.toByteArray())));

        String detail = get("/api/messages/" + id);
        assertThat(detail)
                .contains("\"path\":\"big.txt\"")
                .contains("over the limit of 1024")
                .contains("\"path\":\"hoso.zip/lớn.txt\"")
                .contains("entry larger than 1024 bytes: not parsed")
                .contains("\"outcome\":\"truncated\"")
                .contains("text longer than 200 characters was cut");
        assertThat(partOutcome(detail, "big.txt")).isEqualTo("failed");
        assertThat(partOutcome(detail, "long.txt")).isEqualTo("truncated");
        assertThat(partOutcome(detail, "hoso.zip/lớn.txt")).isEqualTo("failed");
        assertThat(partOutcome(detail, "hoso.zip/nhỏ.txt")).isEqualTo("ok");

        assertThat(search("lich hop giao ban")).contains("\"total\":1");
        assertThat(search("cuoivanban")).as("cut away").contains("\"total\":0");
        assertThat(search("ghi chu phong hop")).contains("\"total\":1");
    }

    /** The outcome of the part with this path in the message's JSON. */
    private static String partOutcome(String json, String path) {
        java.util.regex.Matcher part = java.util.regex.Pattern.compile(
                        "\"path\":\"" + java.util.regex.Pattern.quote(path) + "\"[^}]*?\"outcome\":\"([a-z_]+)\"")
                .matcher(json);
        assertThat(part.find()).as("part " + path + " in " + json).isTrue();
        return part.group(1);
    }

    private static String attachment(String name, String type, byte[] bytes) {
        return "--b\r\nContent-Type: " + type + "\r\nContent-Disposition: attachment; filename=\"" + name
                + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(bytes) + "\r\n";
    }

    private long process(List<String> attachments) throws Exception {
        String from = "nguoi.dung@gmail.com";
        String raw = "From: " + from + "\r\nTo: vp@moj.gov.vn\r\nSubject: Gioi han\r\nMessage-ID: <limits@test>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nKính gửi.\r\n"
                + String.join("", attachments) + "--b--\r\n";
        Envelope envelope = new Envelope(
                from,
                List.of("vp@moj.gov.vn"),
                "127.0.0.1",
                "mail.example",
                Instant.now().minusSeconds(60),
                "smtp");
        processor.processBatch(
                List.of(new MessageProcessor.Incoming("limits", envelope, raw.getBytes(StandardCharsets.UTF_8))));
        long id = jdbc.sql("select id from message_record where spool_id = 'limits'")
                .query(Long.class)
                .single();
        await().atMost(Duration.ofSeconds(10)).until(() -> search("").contains("\"total\":1"));
        return id;
    }

    private String search(String query) throws Exception {
        return get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private String get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
