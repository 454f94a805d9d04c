package vn.officialmail.gateway.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.TestDns;
import vn.officialmail.gateway.handling.DocumentHandling;
import vn.officialmail.gateway.registry.RegisterFixtures;
import vn.officialmail.gateway.relay.ScriptedNextHop;
import vn.officialmail.gateway.scheduling.ScheduledJobs;

/**
 * The twice-daily reminders end to end on H2: three registered documents (one assigned to a unit,
 * one to a person and overdue, one not yet assigned and addressed to another unit's member), the
 * reminder of a working-day slot relayed to a real SMTP next hop on loopback (SubEthaSMTP: GreenMail
 * 2.1.5 refuses the null reverse path of the gateway's own mail), one mail per address,
 * a co-operating unit of a handling slip reminded of it marked "(phối hợp)",
 * and nothing on a configured holiday, on a Saturday, to a unit with nothing waiting, or twice for
 * one slot. The slot is given, like Quartz gives its scheduled fire time: no clock waits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RemindersIT {

    /** Tuesday 24 November 2026, 08:00 in Hà Nội. */
    private static final Instant TUESDAY_0800 = Instant.parse("2026-11-24T01:00:00Z");
    /** Wednesday 25 November 2026, 13:30 in Hà Nội: a holiday in this test's calendar. */
    private static final Instant HOLIDAY_1330 = Instant.parse("2026-11-25T06:30:00Z");
    /** Saturday 28 November 2026, 08:00 in Hà Nội. */
    private static final Instant SATURDAY_0800 = Instant.parse("2026-11-28T01:00:00Z");

    @TempDir
    static Path dataDir;

    static ScriptedNextHop nextHop;

    @BeforeAll
    static void startNextHop() {
        nextHop = new ScriptedNextHop();
    }

    @AfterAll
    static void stopNextHop() {
        nextHop.close();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDns.register(registry);
        registry.add("spring.quartz.scheduler-name", () -> "reminders-it");
        registry.add("gateway.data-dir", () -> dataDir.toString());
        registry.add("gateway.smtp.enabled", () -> "false");
        registry.add("gateway.relay.port", () -> nextHop.port());
        registry.add("gateway.relay.initial-backoff", () -> "100ms");
        registry.add("gateway.calendar.holidays[0]", () -> "2026-11-25");
        registry.add("gateway.reminders.registry-clerks[0]", () -> "vanthu@moj.gov.vn");
        registry.add("gateway.reminders.deadline-within-days", () -> "2");
        registry.add("gateway.directory.agencies[0].code", () -> "BTP");
        registry.add("gateway.directory.agencies[0].name", () -> "Bộ Tư pháp");
        registry.add("gateway.directory.agencies[0].domains[0]", () -> "moj.gov.vn");
        unit(registry, 0, "BTP-VP", "Văn phòng Bộ", "VP", "vp@moj.gov.vn", "chanhvp@moj.gov.vn", "phovp@moj.gov.vn");
        unit(registry, 1, "BTP-PC", "Vụ Pháp chế", "PC", "pc@moj.gov.vn", "vutruongpc@moj.gov.vn", null);
        unit(registry, 2, "BTP-TCCB", "Vụ Tổ chức cán bộ", "TCCB", "tccb@moj.gov.vn", "vutruongtccb@moj.gov.vn", null);
        unit(registry, 3, "BTP-HTQT", "Vụ Hợp tác quốc tế", "HTQT", "htqt@moj.gov.vn", "vutruonghtqt@moj.gov.vn", null);
        // The register fixture's messages are addressed to b@moj.gov.vn: a member of Vụ Pháp chế.
        registry.add("gateway.directory.accounts[0].address", () -> "b@moj.gov.vn");
        registry.add("gateway.directory.accounts[0].name", () -> "Trần Thị Bình");
        registry.add("gateway.directory.accounts[0].unit", () -> "BTP-PC");
    }

    private static void unit(
            DynamicPropertyRegistry registry,
            int i,
            String code,
            String name,
            String abbreviation,
            String mailbox,
            String head,
            String delegate) {
        String prefix = "gateway.directory.units[" + i + "].";
        registry.add(prefix + "code", () -> code);
        registry.add(prefix + "agency", () -> "BTP");
        registry.add(prefix + "name", () -> name);
        registry.add(prefix + "abbreviation", () -> abbreviation);
        registry.add(prefix + "shared-mailbox", () -> mailbox);
        registry.add(prefix + "head", () -> head);
        if (delegate != null) {
            registry.add(prefix + "delegate", () -> delegate);
        }
    }

    @Autowired
    Reminders reminders;

    @Autowired
    DocumentHandling handling;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScheduledJobs jobs;

    @Test
    void eachUnitAndPersonShouldGetWhatWaitsForThemOnWorkingDaysOnly() throws Exception {
        RegisterFixtures.registerThree(dataSource, Instant.parse("2026-11-20T02:00:00Z")); // 1, 2 (urgent), 3
        long first = handling.entryOf(2026, 1).orElseThrow();
        long second = handling.entryOf(2026, 2).orElseThrow();
        // Led by Văn phòng, with Vụ Hợp tác quốc tế co-operating.
        handling.assign(
                first,
                new DocumentHandling.Assignment(
                        Optional.of("BTP-VP"),
                        Optional.empty(),
                        List.of("BTP-HTQT"),
                        Optional.of("Đề nghị xử lý"),
                        Optional.of(LocalDate.of(2026, 11, 26))),
                "vanthu");
        handling.assign(
                second, slip(Optional.empty(), Optional.of("nvan@moj.gov.vn"), LocalDate.of(2026, 11, 23)), "vanthu");

        assertThat(reminders.send(HOLIDAY_1330)).isEqualTo(new Reminders.Run(false, false, 0, 0));
        assertThat(reminders.send(SATURDAY_0800)).isEqualTo(new Reminders.Run(false, false, 0, 0));
        Reminders.Run run = reminders.send(TUESDAY_0800);
        Reminders.Run again = reminders.send(TUESDAY_0800);

        assertThat(run).isEqualTo(new Reminders.Run(true, false, 9, 3));
        assertThat(again.alreadySent()).isTrue();
        Map<String, MimeMessage> received = awaitMail(9);
        assertThat(received)
                .containsOnlyKeys(
                        "vp@moj.gov.vn",
                        "chanhvp@moj.gov.vn",
                        "phovp@moj.gov.vn",
                        "nvan@moj.gov.vn",
                        "pc@moj.gov.vn",
                        "vutruongpc@moj.gov.vn",
                        "htqt@moj.gov.vn",
                        "vutruonghtqt@moj.gov.vn",
                        "vanthu@moj.gov.vn");

        MimeMessage person = received.get("nvan@moj.gov.vn");
        assertThat(person.getSubject()).isEqualTo("Nhắc việc 08:00 24/11/2026: 1 văn bản chờ xử lý (1 quá hạn)");
        assertThat(person.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        MimeMultipart alternatives = (MimeMultipart) person.getContent();
        assertThat(alternatives.getContentType()).startsWith("multipart/alternative");
        assertThat(alternatives.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(alternatives.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) alternatives.getBodyPart(0).getContent())
                .contains("Quá hạn xử lý (1):")
                .contains("2/2026 (KHẨN) | Công văn 2/BTP-VP 2026-03-01 Bộ Tư pháp | 23/11/2026 (quá 1 ngày)")
                .contains("Reminder: 1 incoming document(s) wait for you, 1 overdue.")
                .doesNotContain("- 1/2026")
                .doesNotContain("- 3/2026");
        assertThat((String) alternatives.getBodyPart(1).getContent())
                .contains("<h3>Quá hạn xử lý (1)</h3>")
                .contains("<td>23/11/2026 (quá 1 ngày)</td>");

        // Due Thursday, within two working days of Tuesday.
        assertThat(text(received.get("chanhvp@moj.gov.vn")))
                .contains("Sắp đến hạn (trong 2 ngày làm việc) (1):")
                .contains("- 1/2026 | Công văn 1/BTP-VP")
                .doesNotContain("phối hợp")
                .doesNotContain("- 2/2026")
                .doesNotContain("- 3/2026");
        // The co-operating unit's mailbox and head: the same document, marked as co-operation.
        for (String coOperating : List.of("htqt@moj.gov.vn", "vutruonghtqt@moj.gov.vn")) {
            assertThat(text(received.get(coOperating)))
                    .contains("- 1/2026 (phối hợp) | Công văn 1/BTP-VP")
                    .doesNotContain("- 2/2026")
                    .doesNotContain("- 3/2026");
        }
        assertThat((String) ((MimeMultipart) received.get("htqt@moj.gov.vn").getContent())
                        .getBodyPart(1)
                        .getContent())
                .contains("<td>1/2026 (phối hợp)</td>");
        assertThat(text(received.get("pc@moj.gov.vn")))
                .contains("Đã vào sổ, chưa phân công xử lý (1):")
                .contains("- 3/2026 | Công văn 3/BTP-VP 2026-03-01 Bộ Tư pháp | — | Chưa phân công");
        assertThat(text(received.get("vanthu@moj.gov.vn"))).contains("- 3/2026").doesNotContain("- 1/2026");
        assertThat(jdbc.sql("select count(*) from reminder_run")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jobs.names("reminders")).containsExactlyInAnyOrder("reminder-0800", "reminder-1330");
    }

    private static DocumentHandling.Assignment slip(
            Optional<String> unit, Optional<String> person, LocalDate deadline) {
        return new DocumentHandling.Assignment(
                unit, person, List.of(), Optional.of("Đề nghị xử lý"), Optional.of(deadline));
    }

    private static Map<String, MimeMessage> awaitMail(int count) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> nextHop.received().size() >= count);
        Map<String, MimeMessage> byRecipient = new TreeMap<>();
        for (ScriptedNextHop.Received received : nextHop.received()) {
            assertThat(received.mailFrom())
                    .as("the gateway's own mail has the null reverse path")
                    .isEmpty();
            assertThat(received.recipients()).hasSize(1);
            MimeMessage message =
                    new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(received.data()));
            assertThat(byRecipient.put(received.recipients().get(0), message))
                    .as("one reminder per address")
                    .isNull();
        }
        return byRecipient;
    }

    private static String text(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    }
}
