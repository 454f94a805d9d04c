package vn.officialmail.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.smtp.SmtpIngress;

/**
 * Document handling by e-mail, over SMTP on loopback (the handling issue): a document sent to the
 * gateway is registered and assigned through the API; the lead unit's shared mailbox receives the
 * notice at the next hop (GreenMail) with the original attached; a reply in that thread sent to
 * the gateway's SMTP closes the handling with the answering document's number; a reply naming the
 * incoming number in its subject records progress; a reply from someone else is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HandlingByMailIT {

    @TempDir
    static Path dataDir;

    @RegisterExtension
    static final GreenMailExtension nextHop = LoopbackGateway.nextHop();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.register(registry, dataDir);
        LoopbackGateway.relayTo(registry, () -> nextHop.getSmtp().getPort());
        registry.add("gateway.security.bootstrap-admin.password", () -> "test-admin-secret");
        TestDirectory.ministryWithOneUnit(registry);
    }

    @Autowired
    SmtpIngress smtp;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int httpPort;

    @Test
    void replyInTheNoticesThreadShouldCloseTheHandlingWithTheAnsweringDocument() throws Exception {
        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        String number = registered("Giấy mời họp rà soát kế hoạch 2027", 201);

        api.postForBody(
                path(number) + "/assign",
                "{\"leadUnit\":\"BTP-KHTC\",\"instruction\":\"Chuẩn bị ý kiến\",\"workingDays\":5}");

        MimeMessage notice = await().atMost(Duration.ofSeconds(20))
                .until(() -> received("khtc@moj.gov.vn", "[Giao xử lý] Số đến " + number), Objects::nonNull);
        assertThat(notice.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        MimeMultipart parts = (MimeMultipart) notice.getContent();
        assertThat((String) parts.getBodyPart(0).getContent())
                .contains("Ý kiến chỉ đạo: Chuẩn bị ý kiến")
                .contains("Hạn giải quyết: ")
                .contains("Đã xong");
        Part original = parts.getBodyPart(1);
        assertThat(original.getContentType()).startsWith("message/rfc822");
        assertThat(original.getFileName()).isEqualTo("van-ban-den-" + number.replace('/', '-') + ".eml");
        assertThat(((MimeMessage) original.getContent()).getSubject()).isEqualTo("Giấy mời họp rà soát kế hoạch 2027");

        send(
                "nvan@moj.gov.vn",
                "Re: " + notice.getSubject(),
                "Đã xong, đã trả lời bằng Công văn số 45/BTP-KHTC ngày 20/11/2026.\r\n\r\n> Trả lời \"Đã xong\"",
                Map.of("In-Reply-To", notice.getMessageID(), "References", notice.getMessageID()),
                true);

        String detail = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(path(number)), body -> body.contains("\"status\":\"DONE\""));
        assertThat(detail)
                .contains("\"answerReference\":\"45/BTP-KHTC\"")
                .contains("\"actor\":\"nvan@moj.gov.vn\"")
                .contains("\"messageRecordId\":");
        assertThat(api.get("/api/handling")).contains("\"answerReference\":\"45/BTP-KHTC\"");
        long reply = jdbc.sql("select message_record_id from document_handling_step where status = 'DONE'"
                        + " and register_entry_id = (select id from register_entry where register_code = 'incoming'"
                        + " and number || '/' || register_year = ?)")
                .param(number)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select file_name from message_attachment where message_record_id = ?")
                        .param(reply)
                        .query(String.class)
                        .list())
                .contains("cong-van-45.txt");
        assertThat(jdbc.sql("select action from audit_event where action like 'handling-%' and subject_id ="
                                + " (select cast(id as varchar(20)) from register_entry where register_code = 'incoming'"
                                + " and number || '/' || register_year = ?) order by id")
                        .param(number)
                        .query(String.class)
                        .list())
                .containsSubsequence("handling-assigned", "handling-notice-sent", "handling-done");
    }

    @Test
    void replyFromSomeoneElseShouldBeRefusedAndTheAssigneesProgressRecordedBySubject() throws Exception {
        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        String number = registered("Giấy mời họp tổng kết công tác 2026", 202);
        api.postForBody(path(number) + "/assign", "{\"leadPerson\":\"nvan@moj.gov.vn\",\"deadline\":\"2026-12-31\"}");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> received("nvan@moj.gov.vn", "[Giao xử lý] Số đến " + number), Objects::nonNull);

        send("vanthu@moj.gov.vn", "Về văn bản số đến " + number, "Đã xong.", Map.of(), false);
        // An out-of-office answer (RFC 3834) is no report, even when it happens to say "hoàn thành".
        send(
                "nvan@moj.gov.vn",
                "Tự động trả lời: Số đến " + number,
                "Tôi nghỉ phép đến khi hoàn thành khóa học.",
                Map.of("Auto-Submitted", "auto-replied"),
                false);
        send("nvan@moj.gov.vn", "Tiến độ văn bản Số đến: " + number, "Đang dự thảo báo cáo.", Map.of(), false);

        String detail = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(path(number)), body -> body.contains("\"status\":\"IN_PROGRESS\""));
        assertThat(detail)
                .contains("Đang dự thảo báo cáo.")
                .doesNotContain("vanthu@moj.gov.vn")
                .doesNotContain("nghỉ phép");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from audit_event where action = 'handling-reply-refused'"
                                        + " and actor = 'vanthu@moj.gov.vn'")
                                .query(Long.class)
                                .single()
                        == 1);
    }

    @Test
    void answeringDocumentQuotingTheOriginalShouldBeLinkedAndCloseItsHandling() throws Exception {
        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        String number = registered("Giấy mời họp về dự toán ngân sách", 203);
        api.postForBody(path(number) + "/assign", "{\"leadUnit\":\"BTP-KHTC\",\"workingDays\":3}");

        send(
                "nvan@moj.gov.vn",
                "Công văn trả lời Giấy mời số 203/GM-KHTC",
                String.join(
                        "\r\n",
                        "BỘ TƯ PHÁP",
                        "VỤ KẾ HOẠCH - TÀI CHÍNH",
                        "Số: 77/KHTC-NS",
                        "V/v trả lời Giấy mời số 203/GM-KHTC ngày 18/11/2026",
                        "Hà Nội, ngày 20 tháng 11 năm 2026",
                        "Kính gửi: Văn phòng Bộ",
                        "Trả lời Giấy mời số 203/GM-KHTC ngày 18/11/2026 của Vụ Kế hoạch - Tài chính, Vụ cử đồng chí"
                                + " Nguyễn Văn An dự họp."),
                Map.of(),
                false);

        String detail = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(path(number)), body -> body.contains("\"status\":\"DONE\""));
        assertThat(detail).contains("\"answerReference\":\"77/KHTC-NS\"");
        assertThat(jdbc.sql("select matched_by from document_answer a join register_entry e"
                                + " on e.id = a.original_entry_id where e.number || '/' || e.register_year = ?")
                        .param(number)
                        .query(String.class)
                        .list())
                .containsExactly("quote");
    }

    @Test
    void answerQuotingTheSymbolInLowerCaseShouldFindTheOriginalWhoseSymbolHasD() throws Exception {
        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");
        String number = registered("Quyết định thành lập tổ công tác", 205, "QĐ-KHTC");
        api.postForBody(path(number) + "/assign", "{\"leadUnit\":\"BTP-KHTC\",\"workingDays\":3}");

        send(
                "nvan@moj.gov.vn",
                "Báo cáo thực hiện Quyết định thành lập tổ công tác",
                String.join(
                        "\r\n",
                        "BỘ TƯ PHÁP",
                        "VỤ KẾ HOẠCH - TÀI CHÍNH",
                        "Số: 78/KHTC-NS",
                        "V/v thực hiện Quyết định số 205/qđ-khtc",
                        "Hà Nội, ngày 20 tháng 11 năm 2026",
                        "Kính gửi: Văn phòng Bộ",
                        "Trả lời Quyết định số 205/qđ-khtc ngày 18/11/2026, Vụ báo cáo đã thành lập tổ công tác."),
                Map.of(),
                false);

        String detail = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(path(number)), body -> body.contains("\"status\":\"DONE\""));
        assertThat(detail).contains("\"answerReference\":\"78/KHTC-NS\"");
    }

    private String path(String number) {
        return "/api/handling/" + number.split("/")[1] + "/" + number.split("/")[0];
    }

    /** Sends an invitation to the gateway and waits for its incoming number ("7/2026"). */
    private String registered(String subject, int documentNumber) throws Exception {
        return registered(subject, documentNumber, "GM-KHTC");
    }

    /** Sends a document numbered {@code documentNumber}/{@code symbol} to the gateway and waits for its incoming number. */
    private String registered(String subject, int documentNumber, String symbol) throws Exception {
        // To a unit of the agency: mail leaving the agency would be entered in the outgoing register.
        send(
                "vanthu@moj.gov.vn",
                "khtc@moj.gov.vn",
                subject,
                String.join(
                        "\r\n",
                        "BỘ TƯ PHÁP",
                        "VỤ KẾ HOẠCH - TÀI CHÍNH",
                        "Số: " + documentNumber + "/" + symbol,
                        "Hà Nội, ngày 18 tháng 11 năm 2026",
                        symbol.startsWith("QĐ") ? "QUYẾT ĐỊNH" : "GIẤY MỜI",
                        subject,
                        "Vụ Kế hoạch - Tài chính trân trọng kính mời đại diện lãnh đạo các đơn vị dự họp."),
                Map.of(),
                false);
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.sql("select e.number || '/' || e.register_year from register_entry e"
                                        + " join message_record r on r.id = e.message_record_id"
                                        + " where r.subject = ? and e.register_code = 'incoming'")
                                .param(subject)
                                .query(String.class)
                                .optional()
                                .orElse(null),
                        Objects::nonNull);
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

    private void send(String from, String subject, String body, Map<String, String> headers, boolean attachAnswer)
            throws Exception {
        send(from, "postmaster@official-mail.local", subject, body, headers, attachAnswer);
    }

    private void send(
            String from, String to, String subject, String body, Map<String, String> headers, boolean attachAnswer)
            throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(smtp.port()));
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.ssl.trust", "127.0.0.1");
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, StandardCharsets.UTF_8.name());
        multipart.addBodyPart(text);
        if (attachAnswer) {
            MimeBodyPart answer = new MimeBodyPart();
            answer.setText("CÔNG VĂN số 45/BTP-KHTC về việc rà soát kế hoạch", StandardCharsets.UTF_8.name());
            answer.setFileName("cong-van-45.txt");
            multipart.addBodyPart(answer);
        }
        message.setContent(multipart);
        for (var header : headers.entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        Transport.send(message);
    }
}
