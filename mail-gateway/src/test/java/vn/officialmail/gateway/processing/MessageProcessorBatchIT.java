package vn.officialmail.gateway.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.officialmail.gateway.LoopbackGateway;
import vn.officialmail.gateway.spool.Envelope;

/**
 * A batch shares one transaction; when one message breaks it, the others are still processed and
 * registered exactly once, the broken one lands in the error repository, and a replay of the
 * whole batch changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
// Closes the gateway before JUnit deletes its data directory.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MessageProcessorBatchIT {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        LoopbackGateway.register(registry, dataDir);
        registry.add("gateway.mode", () -> "journal");
    }

    @Autowired
    MessageProcessor processor;

    @Autowired
    JdbcClient jdbc;

    @Test
    void goodMessagesShouldBeRegisteredOnceAndTheBrokenOneKeptAsErrorWhenOneMessageBreaksTheBatch() {
        Instant morning = Instant.now().minusSeconds(600);
        int year = morning.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        List<MessageProcessor.Incoming> batch = List.of(
                incoming("second", "vanthu@moj.gov.vn", morning.plusSeconds(60)),
                incoming("broken", "không phải địa chỉ", morning.plusSeconds(30)),
                incoming("first", "vanthu@moj.gov.vn", morning));

        processor.processBatch(batch);
        processor.processBatch(batch);

        assertThat(jdbc.sql("select spool_id, state from message_record order by spool_id")
                        .query((rs, row) -> rs.getString(1) + "=" + rs.getString(2))
                        .list())
                .containsExactly("broken=ERROR", "first=PROCESSED", "second=PROCESSED");
        assertThat(jdbc.sql("select r.spool_id, e.number from register_entry e"
                                + " join message_record r on r.id = e.message_record_id order by e.number")
                        .query((rs, row) -> rs.getString(1) + "=" + rs.getLong(2) + "/" + year)
                        .list())
                .containsExactly("first=1/" + year, "second=2/" + year);
        assertThat(jdbc.sql("select error_reason from message_record where spool_id = 'broken'")
                        .query(String.class)
                        .single())
                .contains("không phải địa chỉ");
    }

    private static MessageProcessor.Incoming incoming(String name, String recipient, Instant receivedAt) {
        String subject = java.util.Base64.getEncoder()
                .encodeToString(("Công văn " + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String raw = "From: van.thu@moj.gov.vn\r\nTo: " + "vanthu@moj.gov.vn\r\nSubject: =?UTF-8?B?" + subject
                + "?=\r\nMessage-ID: <" + name + "@moj.gov.vn>\r\nContent-Type: text/plain; charset=UTF-8"
                + "\r\n\r\nNội dung " + name + "\r\n";
        Envelope envelope = new Envelope(
                "van.thu@moj.gov.vn", List.of(recipient), "127.0.0.1", "mail.moj.gov.vn", receivedAt, "smtp");
        return new MessageProcessor.Incoming(name, envelope, raw.getBytes(StandardCharsets.UTF_8));
    }
}
