package vn.officialmail.gateway.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.officialmail.gateway.relay.DeliveryStatusNotification.FailedRecipient;

class DeliveryStatusNotificationTest {

    private static final String HEADER = "From: =?UTF-8?B?VsSDbiB0aMawIELhu5kgVMawIHBow6Fw?= <vanthu@moj.gov.vn>\r\n"
            + "To: lanhdao@tuphap.gov.vn\r\n"
            + "Subject: Giấy mời họp giao ban\r\n"
            + "Message-ID: <abc@moj.gov.vn>\r\n"
            + "\r\n";
    private static final byte[] ORIGINAL =
            (HEADER + "Kính gửi các đơn vị: mời dự họp.\r\n").getBytes(StandardCharsets.UTF_8);
    private static final Instant ARRIVED = Instant.parse("2025-11-03T02:00:00Z");
    private static final Instant LAST_ATTEMPT = Instant.parse("2025-11-03T03:30:00Z");

    private final DeliveryStatusNotification notifications =
            new DeliveryStatusNotification("gateway.test.gov.vn", "postmaster@test.gov.vn");

    @Test
    void buildShouldReturnMultipartReportWhenRecipientWasRefused() throws Exception {
        MimeMessage dsn = parse(build(new FailedRecipient(
                "lanhdao@tuphap.gov.vn", "5.1.1", "smtp; 550 5.1.1 user unknown", Optional.of("mx.tuphap.gov.vn"))));

        ContentType type = new ContentType(dsn.getContentType());
        assertThat(type.getBaseType()).isEqualTo("multipart/report");
        assertThat(type.getParameter("report-type")).isEqualTo("delivery-status");
        assertThat(dsn.getFrom()[0].toString()).isEqualTo("postmaster@test.gov.vn");
        assertThat(dsn.getAllRecipients()[0].toString()).isEqualTo("vanthu@moj.gov.vn");
        assertThat(dsn.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(dsn.getSubject()).contains("Thư không gửi được").contains("Undelivered");
        MimeMultipart report = (MimeMultipart) dsn.getContent();
        assertThat(report.getCount()).isEqualTo(3);
        assertThat(report.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(report.getBodyPart(1).isMimeType("message/delivery-status")).isTrue();
        assertThat(report.getBodyPart(2).isMimeType("text/rfc822-headers")).isTrue();
    }

    @Test
    void buildShouldExplainFailureInVietnameseAndEnglishWhenRecipientWasRefused() throws Exception {
        MimeMessage dsn = parse(build(new FailedRecipient(
                "lanhdao@tuphap.gov.vn", "5.1.1", "smtp; 550 5.1.1 user unknown", Optional.empty())));

        String text = (String) part(dsn, 0).getContent();

        assertThat(text)
                .contains("Thư của quý vị")
                .contains("không chuyển được tới người nhận")
                .contains("máy chủ nhận đã từ chối thư")
                .contains("could not be delivered")
                .contains("<lanhdao@tuphap.gov.vn>")
                .contains("smtp; 550 5.1.1 user unknown")
                .contains("09:00:00 03/11/2025 (UTC+07:00)");
    }

    @Test
    void buildShouldWriteRfc3464FieldsWhenRecipientsFailed() throws Exception {
        MimeMessage dsn = parse(build(
                new FailedRecipient(
                        "lanhdao@tuphap.gov.vn",
                        "5.1.1",
                        "smtp; 550 5.1.1 user unknown",
                        Optional.of("mx.tuphap.gov.vn")),
                new FailedRecipient(
                        "vanphong@tuphap.gov.vn",
                        "4.4.1",
                        "X-Official-Mail; mx.tuphap.gov.vn:25: ConnectException: Connection refused",
                        Optional.empty())));

        String status = new String(part(dsn, 1).getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

        assertThat(status)
                .startsWith("Reporting-MTA: dns; gateway.test.gov.vn\r\n"
                        + "Arrival-Date: Mon, 3 Nov 2025 09:00:00 +0700\r\n"
                        + "\r\n")
                .contains("Final-Recipient: rfc822; lanhdao@tuphap.gov.vn\r\n"
                        + "Action: failed\r\n"
                        + "Status: 5.1.1\r\n"
                        + "Remote-MTA: dns; mx.tuphap.gov.vn\r\n"
                        + "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n"
                        + "Last-Attempt-Date: Mon, 3 Nov 2025 10:30:00 +0700\r\n")
                .contains(
                        "\r\n\r\nFinal-Recipient: rfc822; vanphong@tuphap.gov.vn\r\n"
                                + "Action: failed\r\n"
                                + "Status: 4.4.1\r\n"
                                + "Diagnostic-Code: X-Official-Mail; mx.tuphap.gov.vn:25: ConnectException: Connection refused\r\n");
    }

    @Test
    void buildShouldReturnOriginalHeaderUnchangedWhenOriginalHasBody() throws Exception {
        MimeMessage dsn = parse(
                build(new FailedRecipient("lanhdao@tuphap.gov.vn", "5.0.0", "smtp; 554 rejected", Optional.empty())));

        byte[] headers = part(dsn, 2).getInputStream().readAllBytes();

        assertThat(new String(headers, StandardCharsets.UTF_8)).isEqualTo(HEADER);
    }

    @Test
    void buildShouldKeepDeliveryStatusSevenBitWhenDiagnosticIsVietnamese() throws Exception {
        MimeMessage dsn = parse(build(new FailedRecipient(
                "lanhdao@tuphap.gov.vn",
                "5.7.1",
                "smtp; 550 5.7.1 Thư bị từ chối\r\nX-Injected: yes",
                Optional.empty())));

        String status = new String(part(dsn, 1).getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

        assertThat(status).contains("Diagnostic-Code: smtp; 550 5.7.1 Th? b? t? ch?i??X-Injected: yes\r\n");
        assertThat(status.chars()).allMatch(c -> c < 0x80);
    }

    @Test
    void buildShouldReturnEmptyWhenSenderIsNullReversePath() {
        Optional<byte[]> dsn = notifications.build(
                "",
                ORIGINAL,
                ARRIVED,
                LAST_ATTEMPT,
                List.of(new FailedRecipient("lanhdao@tuphap.gov.vn", "5.1.1", "smtp; 550 no", Optional.empty())));

        assertThat(dsn).isEmpty();
    }

    @Test
    void buildShouldAddressSenderAsGivenWhenItIsNoRfc5322Address() throws Exception {
        byte[] bytes = notifications
                .build(
                        "van thu@moj.gov.vn",
                        ORIGINAL,
                        ARRIVED,
                        LAST_ATTEMPT,
                        List.of(new FailedRecipient(
                                "lanhdao@tuphap.gov.vn", "5.1.1", "smtp; 550 no", Optional.empty())))
                .orElseThrow();

        assertThat(parse(bytes).getHeader("To", null)).isEqualTo("<van thu@moj.gov.vn>");
    }

    @Test
    void headerOfShouldStopAtEmptyLineWhenLinesEndInBareLf() {
        byte[] original = "Subject: x\nTo: y\n\nbody\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(DeliveryStatusNotification.headerOf(original))
                .isEqualTo("Subject: x\nTo: y\n\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void headerOfShouldReturnEverythingWhenOriginalHasNoBody() {
        byte[] original = "Subject: x\r\nTo: y\r\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(DeliveryStatusNotification.headerOf(original)).isEqualTo(original);
    }

    @Test
    void constructorShouldRejectPostmasterWhenNotAnAddress() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new DeliveryStatusNotification("gateway.test.gov.vn", "postmaster at test"))
                .withMessage("postmaster must be an e-mail address: postmaster at test");
    }

    @Test
    void failedRecipientShouldRejectStatusWhenNotRfc3463() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new FailedRecipient("a@b.vn", "550", "smtp; 550 no", Optional.empty()))
                .withMessage("status must be 4.x.x or 5.x.x: 550");
    }

    private byte[] build(FailedRecipient... failed) {
        return notifications
                .build("vanthu@moj.gov.vn", ORIGINAL, ARRIVED, LAST_ATTEMPT, List.of(failed))
                .orElseThrow();
    }

    static MimeMessage parse(byte[] bytes) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }

    private static BodyPart part(MimeMessage dsn, int index) throws Exception {
        return ((MimeMultipart) dsn.getContent()).getBodyPart(index);
    }
}
