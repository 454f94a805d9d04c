package vn.officialmail.gateway.registry;

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
 * The pipeline's {@code RegisterDocument} with configured registers: an official document going
 * out of the agency (as the submission port hands it on) is entered in the outgoing register of
 * its sender's unit, or in the default outgoing register; one arriving for a unit with its own
 * incoming register goes there; each register numbers from 1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RegisterRoutingPipelineIT {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDns.register(registry);
        registry.add("gateway.data-dir", () -> dataDir.toString());
        registry.add("gateway.smtp.enabled", () -> "false");
        registry.add("gateway.mode", () -> "journal");
        registry.add("spring.quartz.scheduler-name", () -> "register-routing-it");
        TestDirectory.ministryWithOneUnit(registry);
        registry.add("gateway.directory.agencies[1].code", () -> "BTC");
        registry.add("gateway.directory.agencies[1].name", () -> "Bộ Tài chính");
        registry.add("gateway.directory.agencies[1].domains[0]", () -> "mof.gov.vn");
        registry.add("gateway.directory.home-agencies[0]", () -> "BTP");
        registry.add("gateway.registry.registers[0].code", () -> "di-khtc");
        registry.add("gateway.registry.registers[0].name", () -> "Sổ văn bản đi của Vụ KHTC");
        registry.add("gateway.registry.registers[0].direction", () -> "outgoing");
        registry.add("gateway.registry.registers[0].units[0]", () -> "BTP-KHTC");
        registry.add("gateway.registry.registers[1].code", () -> "den-khtc");
        registry.add("gateway.registry.registers[1].direction", () -> "incoming");
        registry.add("gateway.registry.registers[1].units[0]", () -> "BTP-KHTC");
    }

    @Autowired
    MessageProcessor processor;

    @Autowired
    JdbcClient jdbc;

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
    void outboundDocumentShouldBeEnteredInTheOutgoingRegisterOfTheSendersUnit() {
        process("out-unit", "nvan@moj.gov.vn", List.of("vanthu@mof.gov.vn", "vp@mof.gov.vn"), 201);
        process("out-agency", "vanthu@moj.gov.vn", List.of("vanthu@mof.gov.vn"), 202);

        assertThat(entryOf("out-unit"))
                .isEqualTo("di-khtc 1 201/GM-KHTC | Bộ Tài chính | copies 2 | VỤ KẾ HOẠCH - TÀI CHÍNH");
        assertThat(entryOf("out-agency"))
                .as("a sender without a unit register: the default outgoing register")
                .isEqualTo("outgoing 1 202/GM-KHTC | Bộ Tài chính | copies 1 | VỤ KẾ HOẠCH - TÀI CHÍNH");
    }

    @Test
    void internalDocumentForAUnitShouldBeEnteredInThatUnitsIncomingRegister() {
        process("in-unit", "vanthu@moj.gov.vn", List.of("khtc@moj.gov.vn"), 203);

        assertThat(entryOf("in-unit")).startsWith("den-khtc 1 203/GM-KHTC");
    }

    private String entryOf(String spoolId) {
        return jdbc.sql("select e.register_code || ' ' || e.number || ' ' || e.number_symbol || ' | ' || e.recipients"
                        + " || ' | copies ' || e.copies || ' | ' || e.issuer"
                        + " from register_entry e join message_record r on r.id = e.message_record_id"
                        + " where r.spool_id = ?")
                .param(spoolId)
                .query(String.class)
                .single();
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
