package vn.officialmail.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
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
import vn.officialmail.gateway.smtp.SmtpIngress;

/**
 * Drafts for comments over SMTP on loopback (the handling issue): a request written as an e-mail
 * to the gateway goes to five units' shared mailboxes (GreenMail as the next hop); three units
 * answer by e-mail (in the thread, or by the tag in the subject, from the shared mailbox or a
 * person of the unit), a unit that was not asked is not counted; the summary shows three answered
 * and two missing; on a moved clock, reminders go only to the two, only near the deadline, once a day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConsultationsByMailIT {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String[]> UNITS = List.of(
            new String[] {"BTP-VP", "Văn phòng Bộ", "VP", "vp@moj.gov.vn"},
            new String[] {"BTP-PC", "Vụ Pháp chế", "PC", "pc@moj.gov.vn"},
            new String[] {"BTP-TCCB", "Vụ Tổ chức cán bộ", "TCCB", "tccb@moj.gov.vn"},
            new String[] {"BTP-KHTC", "Vụ Kế hoạch - Tài chính", "KHTC", "khtc@moj.gov.vn"},
            new String[] {"BTP-HTQT", "Vụ Hợp tác quốc tế", "HTQT", "htqt@moj.gov.vn"},
            new String[] {"BTP-VDC", "Vụ Các vấn đề chung về xây dựng pháp luật", "VDC", "vdc@moj.gov.vn"});

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
        TestDirectory.ministryWithUnits(registry, UNITS);
        registry.add("gateway.directory.accounts[0].address", () -> "soanthao@moj.gov.vn");
        registry.add("gateway.directory.accounts[0].name", () -> "Trần Thị Soạn");
        registry.add("gateway.directory.accounts[0].unit", () -> "BTP-VDC");
        registry.add("gateway.directory.accounts[1].address", () -> "tccb.le@moj.gov.vn");
        registry.add("gateway.directory.accounts[1].name", () -> "Lê Văn Cán");
        registry.add("gateway.directory.accounts[1].unit", () -> "BTP-TCCB");
    }

    @Autowired
    SmtpIngress smtp;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    vn.officialmail.gateway.message.BlobStore blobStore;

    @LocalServerPort
    int httpPort;

    @BeforeEach
    void realTime() {
        clock.setOffset(Duration.ZERO);
    }

    @Test
    void draftToFiveUnitsShouldCollectThreeAnswersAndRemindOnlyTheTwoMissing() throws Exception {
        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        LocalDate deadline = LocalDate.now(HANOI).plusDays(7);
        while (deadline.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
            deadline = deadline.plusDays(1);
        }
        String title = "Dự thảo Thông tư quy định chế độ báo cáo thống kê";
        byte[] draftFile = "Dự thảo Thông tư — Điều 1. Phạm vi điều chỉnh".getBytes(StandardCharsets.UTF_8);
        sendWithFile(
                "soanthao@moj.gov.vn",
                "[Lấy ý kiến] " + title,
                "Kính gửi các đơn vị,\r\nĐề nghị góp ý dự thảo đính kèm.\r\nHạn góp ý: "
                        + deadline.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + "\r\nĐơn vị góp ý: VP, PC, TCCB, KHTC, HTQT\r\n",
                "du-thao-thong-tu.txt",
                draftFile);

        List<MimeMessage> notices = new ArrayList<>();
        for (String[] unit : UNITS.subList(0, 5)) {
            notices.add(await().atMost(Duration.ofSeconds(20))
                    .until(() -> received(unit[3], "[Lấy ý kiến #"), Objects::nonNull));
        }
        assertThat(received("vdc@moj.gov.vn", "[Lấy ý kiến #")).isNull();
        String subject = notices.get(0).getSubject();
        assertThat(subject)
                .contains(title)
                .contains("hạn góp ý " + deadline.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        long id = Long.parseLong(subject.replaceAll("^\\[Lấy ý kiến #(\\d+)\\].*", "$1"));
        // The units receive the draft's file, not the request mail around it; the request is kept.
        jakarta.mail.internet.MimeMultipart noticeParts =
                (jakarta.mail.internet.MimeMultipart) notices.get(0).getContent();
        assertThat(noticeParts.getCount()).isEqualTo(2);
        assertThat(noticeParts.getBodyPart(1).getFileName()).isEqualTo("du-thao-thong-tu.txt");
        assertThat(noticeParts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(draftFile);
        String kept = jdbc.sql("select draft_sha256 from consultation where id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(new MimeMessage(
                                Session.getInstance(new Properties()), new ByteArrayInputStream(blobStore.read(kept)))
                        .getSubject())
                .isEqualTo("[Lấy ý kiến] " + title);
        MimeMessage confirmation =
                await().atMost(Duration.ofSeconds(10)).until(() -> queuedTo("soanthao@moj.gov.vn"), Objects::nonNull);
        assertThat(confirmation.getSubject()).startsWith("Đã gửi đề nghị góp ý #" + id);

        // VP in the thread from its shared mailbox; PC by the tag alone; TCCB by a person of the unit.
        send(
                "vp@moj.gov.vn",
                "Re: " + subject,
                "Văn phòng nhất trí với dự thảo.\r\n\r\n> Đề nghị góp ý",
                Map.of("In-Reply-To", notices.get(0).getMessageID()));
        send("pc@moj.gov.vn", "Góp ý " + subject, "Vụ Pháp chế đề nghị sửa Điều 3.", Map.of());
        send(
                "tccb.le@moj.gov.vn",
                "Re: " + subject,
                "Vụ TCCB không có ý kiến khác.",
                Map.of(
                        "In-Reply-To",
                        notices.get(2).getMessageID(),
                        "References",
                        notices.get(2).getMessageID()));
        // A unit that was not asked, answering in another unit's thread, is not counted for it.
        send(
                "vdc@moj.gov.vn",
                "Re: " + subject,
                "Ý kiến của đơn vị soạn thảo.",
                Map.of("In-Reply-To", notices.get(3).getMessageID()));

        String summary = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/handling/consultations/" + id), body -> body.contains("\"answered\":3"));
        assertThat(summary)
                .contains("\"missing\":2")
                .contains("Vụ Pháp chế đề nghị sửa Điều 3.")
                .contains("\"answeredBy\":\"tccb.le@moj.gov.vn\"")
                .doesNotContain("Ý kiến của đơn vị soạn thảo")
                .doesNotContain("> Đề nghị góp ý");
        List<List<String>> table = xlsx(download(api, "/api/handling/consultations/" + id + "/table.xlsx"));
        assertThat(table.stream().filter(row -> row.contains("Đã góp ý")).map(row -> row.get(1)))
                .containsExactlyInAnyOrder("Văn phòng Bộ", "Vụ Pháp chế", "Vụ Tổ chức cán bộ");
        assertThat(table.stream().filter(row -> row.contains("Chưa góp ý")).map(row -> row.get(1)))
                .containsExactlyInAnyOrder("Vụ Kế hoạch - Tài chính", "Vụ Hợp tác quốc tế");
        byte[] pdf = download(api, "/api/handling/consultations/" + id + "/table.pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        LocalDate today = LocalDate.now(HANOI);
        moveTo(today, deadline.minusDays(6)); // Thursday before: 4 working days left, too early
        assertThat(api.postForBody("/api/handling/consultations/reminders", "{}"))
                .isEqualTo("{\"sent\":0}");
        moveTo(today, deadline.minusDays(1)); // Tuesday: 1 working day left
        assertThat(api.postForBody("/api/handling/consultations/reminders", "{}"))
                .isEqualTo("{\"sent\":2}");
        assertThat(api.postForBody("/api/handling/consultations/reminders", "{}"))
                .isEqualTo("{\"sent\":0}");
        for (String mailbox : List.of("khtc@moj.gov.vn", "htqt@moj.gov.vn")) {
            MimeMessage reminder = await().atMost(Duration.ofSeconds(20))
                    .until(() -> received(mailbox, "Nhắc: [Lấy ý kiến #" + id + "]"), Objects::nonNull);
            assertThat(reminder.getHeader("In-Reply-To", null)).isNotNull();
        }
        for (String mailbox : List.of("vp@moj.gov.vn", "pc@moj.gov.vn", "tccb@moj.gov.vn")) {
            assertThat(received(mailbox, "Nhắc:")).isNull();
        }
        moveTo(today, deadline.plusDays(1)); // after the deadline: no more reminders
        assertThat(api.postForBody("/api/handling/consultations/reminders", "{}"))
                .isEqualTo("{\"sent\":0}");
        assertThat(api.get("/api/handling/consultations/" + id)).contains("\"overdue\":true");
    }

    @Test
    void requestWithoutADeadlineShouldBeAnsweredWithWhatIsMissing() throws Exception {
        send("soanthao@moj.gov.vn", "[Lấy ý kiến] Dự thảo quy chế", "Đơn vị góp ý: VP, PC\r\n", Map.of());

        MimeMessage refusal = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            MimeMessage queued = queuedTo("soanthao@moj.gov.vn");
                            return queued != null && queued.getSubject().startsWith("Chưa gửi") ? queued : null;
                        },
                        Objects::nonNull);
        assertThat((String) refusal.getContent()).contains("Thiếu dòng \"Hạn góp ý: dd/mm/yyyy\"");
    }

    @Test
    void requestThroughTheApiShouldSendTheDraftAndNameUnknownUnitsAndPastDeadlines() throws Exception {
        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        // Far enough that the other test's moved clock never brings it near.
        String deadline = LocalDate.now(HANOI).plusDays(60).toString();
        String draft = Base64.getEncoder().encodeToString("Dự thảo quy chế".getBytes(StandardCharsets.UTF_8));

        String opened = api.postForBody(
                "/api/handling/consultations",
                "{\"title\":\"Dự thảo Quy chế văn thư\",\"units\":[\"HTQT\"],\"deadline\":\"" + deadline
                        + "\",\"requestingUnit\":\"BTP-VDC\",\"draft\":{\"fileName\":\"du-thao-quy-che.txt\","
                        + "\"contentType\":\"text/plain\",\"base64\":\"" + draft + "\"}}");
        long id = Long.parseLong(opened.replaceAll("\\D", ""));
        MimeMessage notice = await().atMost(Duration.ofSeconds(20))
                .until(() -> received("htqt@moj.gov.vn", "[Lấy ý kiến #" + id + "]"), Objects::nonNull);
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) notice.getContent();
        assertThat((String) parts.getBodyPart(0).getContent())
                .contains("Vụ Các vấn đề chung về xây dựng pháp luật đề nghị quý đơn vị góp ý");
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("du-thao-quy-che.txt");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> api.postForBody(
                        "/api/handling/consultations",
                        "{\"title\":\"X\",\"units\":[\"VP\",\"BTP-XYZ\"],\"deadline\":\"" + deadline + "\"}"))
                .hasMessageContaining("400")
                .hasMessageContaining("BTP-XYZ");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> api.postForBody(
                        "/api/handling/consultations",
                        "{\"title\":\"X\",\"units\":[\"VP\"],\"deadline\":\"2020-01-01\"}"))
                .hasMessageContaining("400")
                .hasMessageContaining("Hạn góp ý 01/01/2020 đã qua");
    }

    private void moveTo(LocalDate today, LocalDate day) {
        clock.setOffset(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(today, day)));
    }

    private byte[] download(ApiClient api, String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString("admin:test-admin-secret"
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static List<List<String>> xlsx(byte[] content) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.toString()));
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The newest message the gateway queued to {@code to} with the null reverse path (GreenMail refuses those). */
    private MimeMessage queuedTo(String to) throws Exception {
        List<String> blobs = jdbc.sql("select blob_sha256 from outbound_delivery where message_record_id is null"
                        + " and mail_from = '' and recipients = ? order by id desc")
                .param(to)
                .query(String.class)
                .list();
        if (blobs.isEmpty()) {
            return null;
        }
        return new MimeMessage(
                Session.getInstance(new Properties()), new ByteArrayInputStream(blobStore.read(blobs.get(0))));
    }

    private static MimeMessage received(String to, String subjectStart) throws Exception {
        for (MimeMessage message : nextHop.getReceivedMessages()) {
            String subject = message.getSubject();
            if (subject != null
                    && subject.startsWith(subjectStart)
                    && message.getRecipients(Message.RecipientType.TO)[0]
                            .toString()
                            .equals(to)) {
                return message;
            }
        }
        return null;
    }

    private void sendWithFile(String from, String subject, String body, String fileName, byte[] file) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(smtp.port()));
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.ssl.trust", "127.0.0.1");
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("postmaster@official-mail.local"));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
        text.setText(body, StandardCharsets.UTF_8.name());
        jakarta.mail.internet.MimeBodyPart attached = new jakarta.mail.internet.MimeBodyPart();
        attached.setDataHandler(new jakarta.activation.DataHandler(
                new jakarta.mail.util.ByteArrayDataSource(file, "text/plain; charset=UTF-8")));
        attached.setFileName(fileName);
        attached.setDisposition(jakarta.mail.Part.ATTACHMENT);
        message.setContent(new jakarta.mail.internet.MimeMultipart(text, attached));
        Transport.send(message);
    }

    private void send(String from, String subject, String body, Map<String, String> headers) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(smtp.port()));
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.ssl.trust", "127.0.0.1");
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("postmaster@official-mail.local"));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        for (var header : headers.entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        Transport.send(message);
    }
}
