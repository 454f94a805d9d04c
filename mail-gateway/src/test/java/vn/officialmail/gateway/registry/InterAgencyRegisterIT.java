package vn.officialmail.gateway.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.LoopbackGateway;
import vn.officialmail.gateway.TestDirectory;
import vn.officialmail.gateway.smtp.SubmissionIngress;
import vn.officialmail.gateway.users.Role;
import vn.officialmail.gateway.users.UserAccounts;

/**
 * One gateway serving two agencies (Bộ Tư pháp and Bộ Tài chính), end to end over SMTP on
 * loopback: an official document a Bộ Tư pháp official submits (STARTTLS, AUTH) to Bộ Tài chính
 * is entered in the sender's outgoing register and in the recipient agency's incoming register,
 * each numbering from 1; one sent to Bộ Tài chính and outside at once is entered in both too; a
 * re-sent copy is linked once in each register with its own recipients, and takes no number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class InterAgencyRegisterIT {

    private static final String USER = TestDirectory.PERSON;
    private static final String PASSWORD = "mat-khau-gui-thu-2026";

    @TempDir
    static Path dataDir;

    @RegisterExtension
    static final GreenMailExtension nextHop = LoopbackGateway.nextHop();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.register(registry, dataDir);
        registry.add("spring.quartz.scheduler-name", () -> "inter-agency-register-it");
        LoopbackGateway.submission(registry);
        LoopbackGateway.relayTo(registry, () -> nextHop.getSmtp().getPort());
        // Bộ Tư pháp with its unit and the sender, then Bộ Tài chính beside it: both served here.
        TestDirectory.ministryWithOneUnit(registry);
        registry.add("gateway.directory.agencies[1].code", () -> "BTC");
        registry.add("gateway.directory.agencies[1].name", () -> "Bộ Tài chính");
        registry.add("gateway.directory.agencies[1].domains[0]", () -> "mof.gov.vn");
        registry.add("gateway.directory.home-agencies[0]", () -> "BTP");
        registry.add("gateway.directory.home-agencies[1]", () -> "BTC");
        registry.add("gateway.directory.units[1].code", () -> "BTC-VP");
        registry.add("gateway.directory.units[1].agency", () -> "BTC");
        registry.add("gateway.directory.units[1].name", () -> "Văn phòng Bộ Tài chính");
        registry.add("gateway.directory.units[1].abbreviation", () -> "VP");
        registry.add("gateway.directory.units[1].shared-mailbox", () -> "vanthu@mof.gov.vn");
        registry.add("gateway.directory.accounts[1].address", () -> "ttb@mof.gov.vn");
        registry.add("gateway.directory.accounts[1].name", () -> "Trần Thị Bình");
        registry.add("gateway.directory.accounts[1].unit", () -> "BTC-VP");
        // Each agency its own registers: the sender's outgoing one by unit, the recipient's incoming one by unit.
        registry.add("gateway.registry.registers[0].code", () -> "di-btp");
        registry.add("gateway.registry.registers[0].name", () -> "Sổ văn bản đi Bộ Tư pháp");
        registry.add("gateway.registry.registers[0].direction", () -> "outgoing");
        registry.add("gateway.registry.registers[0].units[0]", () -> TestDirectory.UNIT);
        registry.add("gateway.registry.registers[1].code", () -> "den-btc");
        registry.add("gateway.registry.registers[1].name", () -> "Sổ văn bản đến Bộ Tài chính");
        registry.add("gateway.registry.registers[1].direction", () -> "incoming");
        registry.add("gateway.registry.registers[1].units[0]", () -> "BTC-VP");
    }

    @Autowired
    SubmissionIngress submission;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncomingRegister register;

    @BeforeEach
    void staffAccount() {
        if (accounts.find(USER).isEmpty()) {
            accounts.create(USER, PASSWORD, Set.of(Role.STAFF), Optional.of(TestDirectory.UNIT));
        }
    }

    @Test
    void documentBetweenTwoServedAgenciesShouldBeInTheSendersOutgoingAndTheRecipientsIncomingRegister()
            throws Exception {
        send("Giấy mời họp liên bộ", "vanthu@mof.gov.vn", 301);
        send("Giấy mời họp liên bộ và chuyên gia", "vanthu@mof.gov.vn, chuyen.gia@example.com", 302);

        assertThat(entries("Giấy mời họp liên bộ"))
                .containsExactly("di-btp 1 301/GM-KHTC | Bộ Tài chính | copies 1", "den-btc 1 301/GM-KHTC");
        assertThat(entries("Giấy mời họp liên bộ và chuyên gia"))
                .as("to another served agency and outside at once: both registers too")
                .containsExactly(
                        "di-btp 2 302/GM-KHTC | Bộ Tài chính; chuyen.gia@example.com | copies 2",
                        "den-btc 2 302/GM-KHTC");

        // The same document sent again to another official of Bộ Tài chính: a copy, linked in each register.
        send("Giấy mời họp liên bộ (gửi lại)", "ttb@mof.gov.vn", 301);
        long copy = recordOf("Giấy mời họp liên bộ (gửi lại)");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from register_duplicate where message_record_id = ?")
                                .param(copy)
                                .query(Long.class)
                                .single()
                        == 2);
        assertThat(jdbc.sql(
                                "select e.register_code || ' ' || e.number || ' | ' || d.recipients from register_duplicate d"
                                        + " join register_entry e on e.id = d.entry_id where d.message_record_id = ?"
                                        + " order by e.register_code")
                        .param(copy)
                        .query(String.class)
                        .list())
                .containsExactly("den-btc 1 | ttb@mof.gov.vn", "di-btp 1 | ttb@mof.gov.vn");
        int year =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        assertThat(register.laterCopies("den-btc", year, 1))
                .extracting(RegisterDuplicates.LaterCopy::messageRecordId, RegisterDuplicates.LaterCopy::recipients)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(copy, "ttb@mof.gov.vn"));
        assertThat(jdbc.sql("select count(*) from register_entry where message_record_id = ?")
                        .param(copy)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private List<String> entries(String subject) {
        long id = recordOf(subject);
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.sql("select e.register_code || ' ' || e.number || ' ' || e.number_symbol"
                                        + " || case when e.register_code = 'di-btp' then ' | ' || e.recipients"
                                        + " || ' | copies ' || e.copies else '' end"
                                        + " from register_entry e where e.message_record_id = ? order by e.id")
                                .param(id)
                                .query(String.class)
                                .list(),
                        list -> list.size() >= 2);
    }

    private long recordOf(String subject) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.sql("select id from message_record where source = 'submission' and subject = ?")
                                .param(subject)
                                .query(Long.class)
                                .optional(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private void send(String subject, String to, int number) throws MessagingException {
        Session session = LoopbackGateway.submissionSession(submission.port());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(USER));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(
                String.join(
                        "\r\n",
                        "BỘ TƯ PHÁP",
                        "VỤ KẾ HOẠCH - TÀI CHÍNH",
                        "Số: " + number + "/GM-KHTC",
                        "Hà Nội, ngày 24 tháng 11 năm 2026",
                        "GIẤY MỜI",
                        "Họp liên bộ về kế hoạch năm 2027",
                        "Vụ Kế hoạch - Tài chính trân trọng kính mời đại diện lãnh đạo Bộ Tài chính dự họp."),
                StandardCharsets.UTF_8.name());
        Transport.send(message, USER, PASSWORD);
    }
}
