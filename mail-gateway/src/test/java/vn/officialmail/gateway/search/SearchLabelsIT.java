package vn.officialmail.gateway.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeUtility;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.LoopbackGateway;
import vn.officialmail.gateway.TestDirectory;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.processing.MessageProcessor;
import vn.officialmail.gateway.registry.ReviewQueue;
import vn.officialmail.gateway.spool.Envelope;
import vn.officialmail.gateway.users.Role;
import vn.officialmail.gateway.users.UserAdministration;
import vn.officialmail.indexer.index.MailIndex;

/**
 * What people decide reaches search within about a second, without a rebuild: a quarantine release
 * or rejection changes the state {@code trang-thai:} finds, a clerk's confirmation from the review
 * queue the type {@code loai:} finds and the register number of the hit, a dismissal takes the
 * classifier's doubtful type away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SearchLabelsIT {

    private static final String ADMIN_PASSWORD = "Quan-tri-vien-2025!";
    private static final String PASSWORD = "Mat-khau-rat-manh-2025!";

    /** "Within ~1 s" of the decision, with room for a loaded build machine. */
    private static final Duration SOON = Duration.ofSeconds(3);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.registerWithoutSmtp(registry, dataDir);
        registry.add("gateway.mode", () -> "journal");
        registry.add("gateway.security.bootstrap-admin.password", () -> ADMIN_PASSWORD);
        registry.add("spring.quartz.scheduler-name", () -> "search-labels-it");
        TestDirectory.ministryWithOneUnit(registry);
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

    @Autowired
    ReviewQueue review;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    BlobStore blobs;

    @Autowired
    SearchLabels searchLabels;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aQuarantineDecisionShouldChangeTheStateSearchFindsAtOnce() throws Exception {
        // mof.gov.vn rejects by DMARC what comes from loopback: spoofed, so held
        long released =
                process("held-1", "ketoan@mof.gov.vn", "Đề nghị chuyển khoản gấp", "Chuyển khoản trước 17 giờ.");
        long rejected = process("held-2", "ketoan@mof.gov.vn", "Đề nghị thanh toán gấp", "Thanh toán trong ngày.");
        assertThat(ids("trang-thai:QUARANTINED")).contains(released, rejected);

        assertThat(post("/api/quarantine/" + released + "/release", "{\"reason\":\"Đã xác minh qua điện thoại\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(post("/api/quarantine/" + rejected + "/reject", "{\"reason\":\"Giả mạo\"}")
                        .statusCode())
                .isEqualTo(200);

        await().atMost(SOON).untilAsserted(() -> {
            assertThat(ids("trang-thai:RELEASED")).containsExactly(released);
            assertThat(ids("trạng-thái:rejected")).containsExactly(rejected);
            assertThat(ids("trang-thai:QUARANTINED")).doesNotContain(released, rejected);
        });
        assertThat(ids("trang-thai:RELEASED chuyen khoan")).containsExactly(released);
    }

    @Test
    void aReleaseShouldKeepTheAttachmentTextSearchFindsWithoutReadingTheOriginalAgain() throws Exception {
        long id = processRaw("held-3", "ketoan@mof.gov.vn", "Gửi tài liệu", withAttachment());
        assertThat(ids("nghiem thu cong trinh truong hoc")).containsExactly(id);
        // A relabel that opened the original again would now index the record alone, without the attachment.
        String sha256 = jdbc.sql("select raw_sha256 from message_record where id = ?")
                .param(id)
                .query(String.class)
                .single();
        Path blob = blobs.root()
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
        Files.writeString(blob, "hỏng / damaged");

        assertThat(post("/api/quarantine/" + id + "/release", "{\"reason\":\"Đã xác minh\"}")
                        .statusCode())
                .isEqualTo(200);

        await().atMost(SOON)
                .untilAsserted(() -> assertThat(ids("trang-thai:RELEASED")).contains(id));
        assertThat(ids("nghiem thu cong trinh truong hoc trang-thai:RELEASED")).containsExactly(id);
        assertThat(ids("\"Biên bản nghiệm thu công trình\"")).containsExactly(id);
        await().atMost(SOON).untilAsserted(() -> assertThat(
                        jdbc.sql("select count(*) from search_label_change where message_record_id = ?")
                                .param(id)
                                .query(Long.class)
                                .single())
                .as("pending once the index committed it")
                .isZero());
    }

    @Test
    void aChangeACrashLeftPendingShouldReachSearchAtStart() throws Exception {
        long id = process("held-4", "ketoan@mof.gov.vn", "Đề nghị tạm ứng gấp", "Tạm ứng trong tuần.");
        assertThat(ids("trang-thai:QUARANTINED")).contains(id);
        // What a crash between a rejection's commit and its relabel leaves: the new state, the change pending.
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update message_record set state = 'REJECTED' where id = ?")
                    .param(id)
                    .update();
            jdbc.sql("insert into search_label_change (message_record_id, changed_at) values (?, current_timestamp)")
                    .param(id)
                    .update();
        });

        searchLabels.catchUp();

        await().atMost(SOON).untilAsserted(() -> assertThat(ids("trang-thai:REJECTED tam ung"))
                .containsExactly(id));
        await().atMost(SOON).untilAsserted(() -> assertThat(pendingChanges(id)).isZero());
    }

    @Test
    void aClerksConfirmationShouldGiveTheTypeAndRegisterNumberSearchShows() throws Exception {
        long id = process("doubtful-1", "vanthu@moj.gov.vn", "xin chao", "Ban oi, gui ban tai lieu hop giao ban.");
        assertThat(get("/api/messages/" + id, "admin").body()).contains("\"review\":\"WAITING\"");
        assertThat(ids("loai:GM")).doesNotContain(id);

        HttpResponse<String> confirmed = post(
                "/api/registers/review/" + id + "/confirm",
                "{\"typeName\": \"Giấy mời\", \"numberSymbol\": \"12/GM-VP\", \"issuer\": \"Bộ Tư pháp\"}");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        String number = confirmed.body().replaceAll(".*\"number\":\"([^\"]*)\".*", "$1");

        await().atMost(SOON).untilAsserted(() -> assertThat(ids("loai:GM")).containsExactly(id));
        assertThat(search("loại:giay-moi tai lieu", "van-thu"))
                .contains("\"documentType\":\"giay-moi\"")
                .contains("\"registerNumber\":\"" + number + "\"");
    }

    @Test
    void aDismissalShouldTakeTheDoubtfulTypeOutOfSearch() throws Exception {
        // Typed by the classifier but not registered (a personal mailbox); queued for review as the
        // pipeline queues a document it doubts.
        long id = process(
                "doubtful-2", "nguoi.dung@gmail.com", "Kế hoạch triển khai", "KẾ HOẠCH\nTriển khai phần mềm mới");
        String type = jdbc.sql("select document_type from document_classification where message_record_id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(type).as("the classifier's type").isEqualTo("ke-hoach");
        transactions.executeWithoutResult(status -> review.enqueue(id, "Độ tin cậy thấp / low confidence"));
        assertThat(ids("loai:ke-hoach")).contains(id);

        assertThat(post("/api/registers/review/" + id + "/dismiss", "{\"reason\":\"Không phải văn bản\"}")
                        .statusCode())
                .isEqualTo(200);

        await().atMost(SOON)
                .untilAsserted(() -> assertThat(ids("loai:ke-hoach")).doesNotContain(id));
        assertThat(ids("trien khai phan mem")).containsExactly(id);
    }

    @Test
    void aUnitHeadShouldOpenTheirUnitsMessageButNeverASecretOne() throws Exception {
        long plain = process("to-vp", "nguoi.dung@gmail.com", "Hỏi về thủ tục", "Xin hỏi về thủ tục cấp phép.");
        long secret = process(
                "secret-to-vp",
                "vanthu@moj.gov.vn",
                "Báo cáo tình hình",
                "BỘ TƯ PHÁP\nSố: 27/BC-BTP\nMẬT\nBÁO CÁO\nTình hình an ninh quý IV năm 2026");
        assertThat(get("/api/messages/" + secret, "admin").body()).contains("\"secrecy\":\"MAT\"");

        assertThat(get("/api/messages/" + plain, "truong-vp").statusCode()).isEqualTo(200);
        assertThat(get("/api/messages/" + secret, "truong-vp").statusCode()).isEqualTo(404);
        assertThat(search("", "truong-vp")).contains("Hỏi về thủ tục").doesNotContain("Báo cáo tình hình");
    }

    /** A body in plain text and an attachment whose words only its extracted text holds. */
    private static String withAttachment() {
        return "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "Gửi kèm tài liệu.\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=UTF-8; name=\"bb.txt\"\r\n"
                + "Content-Disposition: attachment; filename=\"bb.txt\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "Biên bản nghiệm thu công trình trường học\r\n"
                + "--b1--\r\n";
    }

    /** Processes one message through the whole pipeline; its record id once it is in the index. */
    private long process(String name, String from, String subject, String body) throws Exception {
        return processRaw(
                name,
                from,
                subject,
                "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                        + body.replace("\n", "\r\n") + "\r\n");
    }

    /** Processes a message of the given MIME headers and body; its record id once it is in the index. */
    private long processRaw(String name, String from, String subject, String mimeHeadersAndBody) throws Exception {
        if (users.list().stream().noneMatch(u -> u.getUsername().equals("van-thu"))) {
            users.create("admin", "van-thu", PASSWORD, Set.of(Role.CLERK), java.util.Optional.empty());
            users.create(
                    "admin", "truong-vp", PASSWORD, Set.of(Role.UNIT_HEAD), java.util.Optional.of(TestDirectory.UNIT));
        }
        String to = TestDirectory.UNIT_MAILBOX;
        String raw = "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + MimeUtility.encodeText(subject, "UTF-8", "B")
                + "\r\nMessage-ID: <" + name + "@test>\r\n" + mimeHeadersAndBody;
        Envelope envelope = new Envelope(
                from, List.of(to), "127.0.0.1", "mail.example", Instant.now().minusSeconds(60), "smtp");
        processor.processBatch(
                List.of(new MessageProcessor.Incoming(name, envelope, raw.getBytes(StandardCharsets.UTF_8))));
        long id = jdbc.sql("select id from message_record where spool_id = ?")
                .param(name)
                .query(Long.class)
                .single();
        await().atMost(Duration.ofSeconds(10)).until(() -> ids("").contains(id));
        return id;
    }

    private long pendingChanges(long id) {
        return jdbc.sql("select count(*) from search_label_change where message_record_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private List<Long> ids(String query) throws Exception {
        String body = search(query, "admin");
        return java.util.regex.Pattern.compile("\"messageId\":(\\d+)")
                .matcher(body)
                .results()
                .map(m -> Long.parseLong(m.group(1)))
                .toList();
    }

    private String search(String query, String user) throws Exception {
        HttpResponse<String> response =
                get("/api/search?limit=200&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET(),
                user);
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                "admin");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
        String password = user.equals("admin") ? ADMIN_PASSWORD : PASSWORD;
        request.header(
                "Authorization",
                "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
