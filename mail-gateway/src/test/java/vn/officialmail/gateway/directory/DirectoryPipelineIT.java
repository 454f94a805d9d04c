package vn.officialmail.gateway.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.TestDirectory;
import vn.officialmail.gateway.TestDns;
import vn.officialmail.gateway.processing.MessageProcessor;
import vn.officialmail.gateway.spool.Envelope;

/**
 * The whole pipeline with a seeded directory: an official document copied to a gmail mailbox is an
 * outbound violation of the sender's unit, and a unit's shared mailbox writing inside its agency
 * is an official unit mailbox whose document is registered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DirectoryPipelineIT {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDns.register(registry);
        registry.add("gateway.data-dir", () -> dataDir.toString());
        registry.add("gateway.smtp.enabled", () -> "false");
        registry.add("gateway.mode", () -> "journal");
        TestDirectory.ministryWithOneUnit(registry);
    }

    @Autowired
    MessageProcessor processor;

    @Autowired
    JdbcClient jdbc;

    // Each test its own number: a second copy of one document is linked to the first entry, not numbered again.
    private static String invitation(int number) {
        return String.join(
                "\r\n",
                "BỘ TƯ PHÁP",
                "VỤ KẾ HOẠCH - TÀI CHÍNH",
                "Số: " + number + "/GM-KHTC",
                "Hà Nội, ngày 18 tháng 11 năm 2026",
                "GIẤY MỜI",
                "Họp rà soát kế hoạch năm 2027",
                "Vụ Kế hoạch - Tài chính trân trọng kính mời đại diện lãnh đạo các đơn vị dự họp.");
    }

    @Test
    void officialInvitationCopiedToGmailShouldBeAnOutboundViolationOfTheSendersUnit() {
        process("cc-gmail", "nvan@moj.gov.vn", List.of("vanthu@mof.gov.vn", "ca.nhan@gmail.com"), 112);

        assertThat(jdbc.sql("select kind || ' ' || direction || ' ' || counterpart_address || ' ' || unit_code"
                                + " from violation v join message_record r on r.id = v.message_record_id"
                                + " where r.spool_id = 'cc-gmail'")
                        .query(String.class)
                        .list())
                .containsExactly("OFFICIAL_DOCUMENT_TO_PERSONAL_MAILBOX OUTBOUND ca.nhan@gmail.com BTP-KHTC");
        assertThat(jdbc.sql("select channel_reasons from message_record where spool_id = 'cc-gmail'")
                        .query(String.class)
                        .single())
                .contains("Chiều thư: OUTBOUND")
                .contains("Người nhận ca.nhan@gmail.com: hộp thư cá nhân (gmail.com)");
    }

    @Test
    void unitMailboxWritingInsideItsAgencyShouldBeRegisteredAsOfficialUnitMailbox() {
        process("unit-mailbox", "khtc@moj.gov.vn", List.of("nvan@moj.gov.vn"), 113);

        assertThat(jdbc.sql("select channel from message_record where spool_id = 'unit-mailbox'")
                        .query(String.class)
                        .single())
                .isEqualTo("OFFICIAL_UNIT_MAILBOX");
        assertThat(jdbc.sql("select count(*) from register_entry e join message_record r on r.id = e.message_record_id"
                                + " where r.spool_id = 'unit-mailbox'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private void process(String name, String from, List<String> recipients, int number) {
        String raw = "From: " + from + "\r\nTo: " + String.join(", ", recipients) + "\r\nSubject: Giấy mời họp " + name
                + "\r\nMessage-ID: <" + name + "@moj.gov.vn>\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + invitation(number) + "\r\n";
        Envelope envelope = new Envelope(
                from, recipients, "127.0.0.1", "mail.moj.gov.vn", Instant.now().minusSeconds(60), "smtp");
        processor.processBatch(
                List.of(new MessageProcessor.Incoming(name, envelope, raw.getBytes(StandardCharsets.UTF_8))));
    }
}
