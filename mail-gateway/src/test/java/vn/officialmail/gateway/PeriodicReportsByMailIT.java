package vn.officialmail.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.smtp.SmtpIngress;

/**
 * Periodic reports over SMTP on loopback, on a moved clock (the handling issue): the monthly
 * report of October 2026 is due 5 November; one unit's arrives on 4 November (received), one on
 * 9 November (late), one never (missing); the reminder goes only to the missing unit, once a day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PeriodicReportsByMailIT {

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
        List<String[]> units = List.of(
                new String[] {"BTP-VP", "Văn phòng Bộ", "VP", "vp@moj.gov.vn"},
                new String[] {"BTP-PC", "Vụ Pháp chế", "PC", "pc@moj.gov.vn"},
                new String[] {"BTP-TCCB", "Vụ Tổ chức cán bộ", "TCCB", "tccb@moj.gov.vn"});
        TestDirectory.ministryWithUnits(registry, units);
        for (int i = 0; i < units.size(); i++) {
            String code = units.get(i)[0];
            registry.add("gateway.handling.reports[0].units[" + i + "]", () -> code);
        }
        registry.add("gateway.handling.reports[0].code", () -> "bc-thang");
        registry.add("gateway.handling.reports[0].name", () -> "Báo cáo công tác tháng");
        registry.add("gateway.handling.reports[0].period", () -> "monthly");
        registry.add("gateway.handling.reports[0].due-day", () -> "5");
    }

    @Autowired
    SmtpIngress smtp;

    @Autowired
    MovableClock clock;

    @LocalServerPort
    int httpPort;

    @Test
    void monthlyReportArrivingAfterDayFiveShouldBeLateAndOnlyTheMissingUnitReminded() throws Exception {
        ApiClient api = new ApiClient(httpPort, "admin", "test-admin-secret");

        moveTo("2026-11-04T03:00:00Z"); // 10:00 Wednesday 4 November in Hanoi
        send("vp@moj.gov.vn", "15/BC-VP", "04");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/handling/reports/bc-thang/2026-10"), body -> body.contains("RECEIVED"));
        moveTo("2026-11-09T03:00:00Z"); // Monday 9 November
        send("pc@moj.gov.vn", "22/BC-PC", "09");

        String table = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/handling/reports/bc-thang/2026-10"), body -> body.contains("LATE"));
        assertThat(table)
                .contains("\"due\":\"2026-11-05\"")
                .containsPattern("\"unit\":\"BTP-VP\",\"unitName\":\"Văn phòng Bộ\",\"state\":\"RECEIVED\"")
                .containsPattern("\"unit\":\"BTP-PC\",\"unitName\":\"Vụ Pháp chế\",\"state\":\"LATE\"")
                .containsPattern("\"unit\":\"BTP-TCCB\",\"unitName\":\"Vụ Tổ chức cán bộ\",\"state\":\"MISSING\"");
        assertThat(api.postForBody("/api/handling/reports/reminders", "{}")).isEqualTo("{\"sent\":1}");
        assertThat(api.postForBody("/api/handling/reports/reminders", "{}")).isEqualTo("{\"sent\":0}");
        MimeMessage reminder = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> received("tccb@moj.gov.vn", "Nhắc gửi Báo cáo công tác tháng kỳ 2026-10"),
                        Objects::nonNull);
        assertThat((String) reminder.getContent()).contains("hạn 05/11/2026");
        assertThat(received("pc@moj.gov.vn", "Nhắc gửi")).isNull();
        assertThat(received("vp@moj.gov.vn", "Nhắc gửi")).isNull();
        assertThat(api.get("/api/handling/reports/bc-thang/2026-10")).contains("\"remindedOn\":\"2026-11-09\"");
    }

    private void moveTo(String instant) {
        clock.setOffset(Duration.between(Instant.now(), Instant.parse(instant)));
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

    private void send(String from, String number, String day) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(smtp.port()));
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.ssl.trust", "127.0.0.1");
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("vanthu@moj.gov.vn"));
        message.setSubject("Báo cáo kết quả công tác tháng 10 năm 2026", StandardCharsets.UTF_8.name());
        message.setText(
                String.join(
                        "\r\n",
                        "BỘ TƯ PHÁP",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Số: " + number,
                        "Hà Nội, ngày " + day + " tháng 11 năm 2026",
                        "BÁO CÁO",
                        "Kết quả công tác tháng 10 năm 2026",
                        "I. KẾT QUẢ ĐẠT ĐƯỢC",
                        "Trong tháng 10, đơn vị đã hoàn thành các nhiệm vụ được giao.",
                        "II. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 11"),
                StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
