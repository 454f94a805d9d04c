package vn.officialmail.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.smtp.SmtpIngress;

/**
 * The foundation's end-to-end path on loopback sockets: a message sent with Jakarta Mail to the
 * running gateway is recorded, registered, searchable and relayed to a GreenMail next hop.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closes the gateway before JUnit deletes its data directory.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GatewayEndToEndIT {

    @TempDir
    static Path dataDir;

    @RegisterExtension
    static final GreenMailExtension nextHop = LoopbackGateway.nextHop();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.register(registry, dataDir);
        LoopbackGateway.relayTo(registry, () -> nextHop.getSmtp().getPort());
        registry.add("gateway.security.bootstrap-admin.password", () -> "test-admin-secret");
        registry.add("gateway.policy.alert-recipients[0]", () -> "thanhtra@moj.gov.vn");
        registry.add("gateway.registry.acknowledge-receipt", () -> "true");
        registry.add("gateway.directory.deny[0]", () -> "*.spam.example");
    }

    @Autowired
    SmtpIngress smtp;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    vn.officialmail.gateway.message.BlobStore blobs;

    @LocalServerPort
    int httpPort;

    @Test
    void officialMessageShouldBeRegisteredSearchableAndRelayedWhenSentBySmtp() throws Exception {
        send("vanthu@moj.gov.vn", "Giấy mời họp giao ban tháng 11", "Kính gửi các đơn vị: mời dự họp giao ban.");

        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        String list = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/messages?channel=OFFICIAL"), body -> body.contains("Giấy mời họp"));
        long id = ApiClient.firstId(list);
        String detail = api.get("/api/messages/" + id);
        assertThat(detail).contains("\"channel\":\"OFFICIAL\"").contains("\"registerNumber\":\"1/");
        // The verdict for each recipient, with its reason, beside the sender's.
        assertThat(detail)
                .containsPattern("\"direction\":\"[A-Z_]+\",\"recipients\":\\[\\{\"address\":\"vanthu@tuphap.gov.vn\","
                        + "\"channel\":\"OFFICIAL\"")
                .contains("\"reason\":\"");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.get("/api/search?q=giay+moi+hop"))
                .contains("\"messageId\":" + id));
        MimeMessage relayed = await().atMost(Duration.ofSeconds(20))
                .until(() -> relayedWithSubject("Giấy mời họp giao ban tháng 11"), java.util.Objects::nonNull);
        assertThat(relayed.getContentType()).startsWith("multipart/mixed");
        assertThat(relayed.getHeader("X-Official-Channel")).containsExactly("OFFICIAL");
        assertThat(relayed.getHeader("X-Official-Document-Type")).containsExactly("giay-moi");
        assertThat(relayed.getHeader("Authentication-Results", null))
                .startsWith("official-mail.local;")
                .contains("spf=pass");
        // The sender is told the incoming number (Decree 30 Art. 21).
        String number = detail.replaceAll("(?s).*\"registerNumber\":\"([^\"]+)\".*", "$1");
        String acknowledgement = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> jdbc
                                .sql("select blob_sha256 from outbound_delivery where recipients = ?"
                                        + " and message_record_id is null")
                                .param("vanthu@moj.gov.vn")
                                .query(String.class)
                                .list()
                                .stream()
                                .map(this::textOfBlob)
                                .filter(text -> text.contains("Giấy mời họp giao ban tháng 11"))
                                .findFirst()
                                .orElse(null),
                        java.util.Objects::nonNull);
        assertThat(acknowledgement).contains("Số đến:   " + number).contains("incoming register as number " + number);
        assertThat(api.get("/api/audit/verify")).contains("\"intact\":true");
    }

    @Test
    void personalSenderOfAnOfficialDocumentShouldBeToldOnceADayThatItHasNoOfficialValue() throws Exception {
        send("phongtccb.tran@yahoo.com", "Giấy mời họp tổng kết năm 2026", "Kính mời các đồng chí dự họp tổng kết.");
        send("phongtccb.tran@yahoo.com", "Giấy mời họp chi bộ tháng 12", "Kính mời các đồng chí dự họp chi bộ.");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> relayedWithSubject("Giấy mời họp chi bộ tháng 12"), java.util.Objects::nonNull);

        // Queued to the sender with the null reverse path (RFC 3834), which GreenMail refuses to
        // receive, so the queue itself is read.
        List<String> notices = jdbc.sql("select blob_sha256 from outbound_delivery"
                        + " where message_record_id is null and mail_from = '' and recipients = ?")
                .param("phongtccb.tran@yahoo.com")
                .query(String.class)
                .list();
        assertThat(notices).hasSize(1);
        MimeMessage notice = new MimeMessage(
                Session.getInstance(new Properties()), new java.io.ByteArrayInputStream(blobs.read(notices.get(0))));
        assertThat(notice.getSubject())
                .isEqualTo("Thư của quý vị không có giá trị chính thức / Your message has no official standing");
        assertThat(notice.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat((String) notice.getContent())
                .contains("không có giá trị là văn bản điện tử chính thức")
                .contains("no standing as an official electronic document")
                .contains("Giấy mời họp tổng kết năm 2026")
                .contains("yahoo.com");
    }

    @Test
    void senderDomainOnTheDenyListShouldBeRefusedAtMailFromInBothLanguages() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> send("quangcao@km.spam.example", "Khuyến mãi", "Mua ngay"))
                .isInstanceOf(jakarta.mail.MessagingException.class)
                .satisfies(e -> assertThat(e.toString() + " " + e.getCause())
                        .contains("550")
                        .contains("bi chan theo chinh sach cua co quan")
                        .contains("refused by the agency's policy"));
    }

    @Test
    void relayedCopyShouldCarryTheGatewaysLabelAndNeverTheSendersOwn() throws Exception {
        String subject = "Kế hoạch công tác tháng 12";
        send(
                "chuyenvien.le@gmail.com",
                subject,
                "Gửi anh chị kế hoạch.",
                java.util.Map.of("X-Official-Channel", "OFFICIAL", "X-Official-Reason", "tự xưng là chính thức"));

        MimeMessage relayed = await().atMost(Duration.ofSeconds(20))
                .until(() -> relayedWithSubject(subject), java.util.Objects::nonNull);

        assertThat(relayed.getHeader("X-Official-Channel")).containsExactly("NON_OFFICIAL");
        assertThat(String.join("\n", relayed.getHeader("X-Official-Reason")))
                .doesNotContain("tự xưng")
                .isNotBlank();
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(relayed.getHeader("X-Official-Reason")[0]))
                .contains("gmail.com");
    }

    @Test
    void documentTypeAndLegalMetadataShouldBeShownWhenTheMailCarriesADecree30Header() throws Exception {
        send(
                "vanthu@moj.gov.vn",
                "Gửi Quyết định khen thưởng",
                String.join(
                        "\n",
                        "BỘ TƯ PHÁP",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Số: 15/QĐ-BTP",
                        "Hà Nội, ngày 05 tháng 01 năm 2026",
                        "QUYẾT ĐỊNH",
                        "Về việc khen thưởng tập thể có thành tích xuất sắc",
                        "BỘ TRƯỞNG BỘ TƯ PHÁP",
                        "Căn cứ Nghị định số 98/2022/NĐ-CP ...",
                        "QUYẾT ĐỊNH:",
                        "Điều 1. Tặng Bằng khen cho các tập thể có tên trong danh sách kèm theo."));

        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        String list = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/messages?sender=vanthu@moj.gov.vn"), body -> body.contains("khen thưởng"));
        String detail = api.get("/api/messages/" + ApiClient.firstId(list));

        assertThat(detail)
                .contains("\"type\":\"quyet-dinh\"")
                .contains("\"typeName\":\"Quyết định\"")
                .contains("\"numberSymbol\":\"15/QĐ-BTP\"")
                .contains("\"issuedOn\":\"2026-01-05\"")
                .contains("\"source\":\"tiêu đề và nội dung thư\"");
    }

    @Test
    void secretDocumentShouldBeQuarantinedIntactNotRegisteredAndNotRelayed() throws Exception {
        String subject = "Gửi báo cáo tình hình an ninh quý IV";
        send(
                "vanthu@moj.gov.vn",
                subject,
                String.join(
                        "\n",
                        "BỘ TƯ PHÁP",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Số: 27/BC-BTP",
                        "Hà Nội, ngày 10 tháng 11 năm 2026",
                        "MẬT",
                        "BÁO CÁO",
                        "Tình hình an ninh quý IV năm 2026"));

        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        String list = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/messages?state=QUARANTINED"), body -> body.contains("an ninh quý IV"));
        String detail = api.get("/api/messages/" + ApiClient.firstId(list));

        assertThat(detail)
                .contains("\"secrecy\":\"MAT\"")
                .contains("\"state\":\"QUARANTINED\"")
                .contains("Văn bản mật không được gửi qua thư điện tử")
                .doesNotContain("registerNumber\":\"");
        Thread.sleep(1000); // a relay would have happened by now
        assertThat(relayedWithSubject(subject)).isNull();
        // The compliance officer is alerted with who, whom and why, never with the content.
        assertThat(alertAbout(subject))
                .contains("văn bản mật gửi qua thư điện tử")
                .contains("vanthu@moj.gov.vn")
                .doesNotContain("Tình hình an ninh quý IV năm 2026");
    }

    @Test
    void secretMarksInsidePdfAndDocxAttachmentsShouldQuarantineTheMessage() throws Exception {
        List<String> header = List.of(
                "BỘ TƯ PHÁP",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Số: 31/KH-BTP",
                "Hà Nội, ngày 12 tháng 11 năm 2026");
        String pdfSubject = "Gửi kế hoạch bảo vệ (tệp PDF)";
        String docxSubject = "Gửi kế hoạch bảo vệ (tệp DOCX)";
        List<String> pdfLines = new java.util.ArrayList<>(header);
        pdfLines.addAll(List.of("TỐI MẬT", "KẾ HOẠCH", "Bảo vệ hội nghị"));
        List<String> docxLines = new java.util.ArrayList<>(header);
        docxLines.addAll(List.of("M Ậ T", "KẾ HOẠCH", "Bảo vệ hội nghị"));
        send(
                "vanthu@moj.gov.vn",
                pdfSubject,
                "Kính gửi Văn phòng, xin gửi kế hoạch kèm theo.",
                java.util.Map.of(),
                new Attachment("ke-hoach.pdf", SecretAttachments.pdf(pdfLines), "application/pdf"));
        send(
                "vanthu@moj.gov.vn",
                docxSubject,
                "Kính gửi Văn phòng, xin gửi kế hoạch kèm theo.",
                java.util.Map.of(),
                new Attachment(
                        "ke-hoach.docx",
                        SecretAttachments.docx(docxLines),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        String held = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("/api/messages?state=QUARANTINED"),
                        body -> body.contains("(tệp PDF)") && body.contains("(tệp DOCX)"));
        assertThat(held).contains(pdfSubject, docxSubject);
        Thread.sleep(1000); // a relay would have happened by now
        assertThat(relayedWithSubject(pdfSubject)).isNull();
        assertThat(relayedWithSubject(docxSubject)).isNull();
    }

    @Test
    void trapWordsShouldNotStopAnOrdinaryLetterWhenTheyAppearInRunningText() throws Exception {
        send(
                "vanthu@moj.gov.vn",
                "Hướng dẫn đổi mật khẩu hộp thư công vụ",
                "Đề nghị các đơn vị giữ bí mật mật khẩu; mật độ truy cập tăng vào cuối tháng.");

        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        String list = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/messages?state=PROCESSED"), body -> body.contains("đổi mật khẩu"));
        String detail = api.get("/api/messages/" + ApiClient.firstId(list));

        assertThat(detail).contains("\"state\":\"PROCESSED\"").doesNotContain("\"secrecy\":\"");
    }

    @Test
    void forgedOfficialSenderShouldBeSpoofedQuarantinedAndNotRegisteredWhenDmarcRejects() throws Exception {
        String subject = "Thông báo giả mạo Bộ Tài chính";
        send("vanthu@mof.gov.vn", subject, "Đề nghị chuyển khoản gấp.");

        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        String list = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/messages?channel=SPOOFED"), body -> body.contains("giả mạo Bộ Tài chính"));
        String detail = api.get("/api/messages/" + ApiClient.firstId(list));

        assertThat(detail)
                .contains("\"state\":\"QUARANTINED\"")
                .contains("Người gửi bị giả mạo")
                .contains("DMARC")
                .doesNotContain("registerNumber\":\"");
        Thread.sleep(1000); // a relay would have happened by now
        assertThat(relayedWithSubject(subject)).isNull();
        assertThat(alertAbout(subject)).contains("người gửi bị giả mạo").contains("vanthu@mof.gov.vn");
    }

    @Test
    void quarantinedMailShouldBeDeliveredOnceWhenAnOfficerReleasesItWithAReason() throws Exception {
        String subject = "Thư bị giữ rồi được giải phóng";
        send("ketoan@mof.gov.vn", subject, "Nội dung cần xem xét.");
        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        String held = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/quarantine"), body -> body.contains("được giải phóng"));
        long id = idOfSubject(held, subject);

        assertThat(api.post("/api/quarantine/" + id + "/release", "{\"reason\":\"\"}"))
                .as("a reason is required")
                .isEqualTo(400);
        assertThat(api.post("/api/quarantine/" + id + "/release", "{\"reason\":\"Đã xác minh qua điện thoại\"}"))
                .isEqualTo(200);
        assertThat(api.post("/api/quarantine/" + id + "/reject", "{\"reason\":\"quá muộn\"}"))
                .as("decided once")
                .isEqualTo(409);

        await().atMost(Duration.ofSeconds(20)).until(() -> relayedWithSubject(subject), java.util.Objects::nonNull);
        String detail = api.get("/api/messages/" + id);
        assertThat(detail)
                .contains("\"state\":\"RELEASED\"")
                .contains("giải phóng bởi admin: Đã xác minh qua điện thoại");
        assertThat(api.get("/api/audit/verify")).contains("\"intact\":true");
    }

    private static long idOfSubject(String json, String subject) {
        java.util.regex.Matcher item = java.util.regex.Pattern.compile(
                        "\\{\"id\":(\\d+)[^}]*?" + java.util.regex.Pattern.quote(subject))
                .matcher(json);
        if (!item.find()) {
            throw new IllegalStateException("no item with subject " + subject + " in " + json);
        }
        return Long.parseLong(item.group(1));
    }

    @Test
    void officialDomainWithoutAuthenticationShouldBeUnverifiedAndNotRegistered() throws Exception {
        send("vanthu@tuphap.gov.vn", "Công văn chưa xác thực được", "Nội dung công văn.");

        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        String list = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/messages?channel=UNVERIFIED"), body -> body.contains("chưa xác thực được"));
        String detail = api.get("/api/messages/" + ApiClient.firstId(list));

        assertThat(detail).contains("\"state\":\"PROCESSED\"").doesNotContain("registerNumber\":\"");
    }

    @Test
    void officialMailOfUnknownTypeShouldWaitForAClerkAndBeNumberedOnConfirmation() throws Exception {
        send("vanthu@moj.gov.vn", "xin chao", "Ban oi, gui ban tai lieu.");

        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        String list = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/messages?sender=vanthu@moj.gov.vn"), body -> body.contains("xin chao"));
        long id = ApiClient.firstId(list);
        assertThat(api.get("/api/messages/" + id))
                .contains("\"review\":\"WAITING\"")
                .doesNotContain("registerNumber\":\"");
        assertThat(api.get("/api/registers/review")).contains("\"messageId\":" + id);

        int confirmed = api.post(
                "/api/registers/review/" + id + "/confirm",
                "{\"typeName\": \"Công văn\", \"numberSymbol\": \"77/BTP-VP\", \"issuer\": \"Bộ Tư pháp\","
                        + " \"summary\": \"V/v gửi tài liệu\"}");
        int again = api.post("/api/registers/review/" + id + "/confirm", "{}");

        assertThat(confirmed).isEqualTo(200);
        assertThat(again).isEqualTo(409);
        assertThat(api.get("/api/messages/" + id))
                .contains("\"review\":\"CONFIRMED\"")
                .contains("\"registerNumber\":\"");
        assertThat(api.get("/api/registers/incoming/entries?size=500"))
                .contains("\"numberSymbol\":\"77/BTP-VP\"")
                .contains("\"registeredBy\":\"admin\"");
        assertThat(api.get("/api/registers/verify")).contains("\"intact\":true");
    }

    @Test
    void paperDocumentShouldBeEnteredByHandInTheSameSeriesAndRefusedTwice() throws Exception {
        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        String paper = "{\"typeName\": \"Công văn\", \"numberSymbol\": \"12/UBND-VP\","
                + " \"issuer\": \"Ủy ban nhân dân tỉnh Nam Định\", \"summary\": \"V/v báo cáo\"}";

        int first = api.post("/api/registers/incoming/entries", paper);
        int second = api.post("/api/registers/incoming/entries", paper);
        int empty = api.post("/api/registers/incoming/entries", "{}");

        assertThat(first).isEqualTo(201);
        assertThat(second).isEqualTo(409);
        assertThat(empty).isEqualTo(400);
        assertThat(api.get("/api/registers/incoming/entries?size=500"))
                .contains("\"issuer\":\"Ủy ban nhân dân tỉnh Nam Định\"");
    }

    @Test
    void invitationFromAPersonalMailboxShouldBeListedAsAViolationForCompliance() throws Exception {
        send(
                "truongphong.nguyen@gmail.com",
                "Giấy mời họp rà soát kế hoạch năm 2027",
                String.join(
                        "\n",
                        "BỘ TƯ PHÁP",
                        "VỤ KẾ HOẠCH - TÀI CHÍNH",
                        "Số: 112/GM-KHTC",
                        "Hà Nội, ngày 18 tháng 11 năm 2026",
                        "GIẤY MỜI",
                        "Họp rà soát kế hoạch năm 2027",
                        "Vụ Kế hoạch - Tài chính trân trọng kính mời đại diện lãnh đạo các đơn vị dự họp."));

        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        String violations = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> api.get("/api/compliance/violations?domain=gmail.com&direction=inbound"),
                        body -> body.contains("truongphong.nguyen@gmail.com"));

        assertThat(violations)
                .contains("\"kind\":\"OFFICIAL_DOCUMENT_FROM_PERSONAL_MAILBOX\"")
                .contains("\"documentType\":\"giay-moi\"")
                .contains("\"action\":\"RECORDED\"");
        assertThat(api.status("/api/compliance/violations?size=500")).isEqualTo(400);
    }

    @Test
    void personalMailboxShouldBeRecordedAsNonOfficialAndNotRegistered() throws Exception {
        send("someone@gmail.com", "Báo cáo tuần gửi bằng hộp thư cá nhân", "Nội dung báo cáo");

        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        String list = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/messages?channel=NON_OFFICIAL"), body -> body.contains("hộp thư cá nhân"));
        String detail = api.get("/api/messages/" + ApiClient.firstId(list));
        assertThat(detail)
                .contains("\"channel\":\"NON_OFFICIAL\"")
                .contains("Hộp thư cá nhân (gmail.com)")
                .doesNotContain("registerNumber\":\"");
    }

    @Test
    void apiShouldRefuseRequestsWithoutCredentials() throws Exception {
        ApiClient anonymous = new ApiClient(httpPort, "admin", "wrong-password");

        int status = anonymous.status("/api/messages");

        assertThat(status).isEqualTo(401);
    }

    /** The text of the alert about the held message with this subject, once it is queued. */
    private String alertAbout(String subject) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> jdbc
                                .sql("select blob_sha256 from outbound_delivery where recipients = ?"
                                        + " and message_record_id is null")
                                .param("thanhtra@moj.gov.vn")
                                .query(String.class)
                                .list()
                                .stream()
                                .map(this::textOfBlob)
                                .filter(text -> text.contains(subject))
                                .findFirst()
                                .orElse(null),
                        java.util.Objects::nonNull);
    }

    private String textOfBlob(String sha256) {
        try {
            MimeMessage parsed = new MimeMessage(
                    Session.getInstance(new Properties()), new java.io.ByteArrayInputStream(blobs.read(sha256)));
            return parsed.getContent() instanceof String text ? text : "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage relayedWithSubject(String subject) throws Exception {
        for (MimeMessage message : nextHop.getReceivedMessages()) {
            if (subject.equals(message.getSubject())) {
                return message;
            }
        }
        return null;
    }

    private void send(String from, String subject, String body) throws Exception {
        send(from, subject, body, java.util.Map.of());
    }

    private record Attachment(String fileName, byte[] content, String mediaType) {}

    private void send(String from, String subject, String body, java.util.Map<String, String> headers)
            throws Exception {
        send(
                from,
                subject,
                body,
                headers,
                new Attachment(
                        "danh-sach.txt",
                        "Danh sách đại biểu dự họp".getBytes(StandardCharsets.UTF_8),
                        "text/plain; charset=UTF-8"));
    }

    private void send(
            String from, String subject, String body, java.util.Map<String, String> headers, Attachment attached)
            throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(smtp.port()));
        // STARTTLS with the self-signed certificate the gateway generated on first start.
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.ssl.trust", "127.0.0.1");
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("vanthu@tuphap.gov.vn"));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, StandardCharsets.UTF_8.name());
        multipart.addBodyPart(text);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new jakarta.activation.DataHandler(
                new jakarta.mail.util.ByteArrayDataSource(attached.content(), attached.mediaType())));
        attachment.setFileName(attached.fileName());
        multipart.addBodyPart(attachment);
        message.setContent(multipart);
        for (var header : headers.entrySet()) {
            message.addHeader(header.getKey(), header.getValue());
        }
        Transport.send(message);
    }
}
