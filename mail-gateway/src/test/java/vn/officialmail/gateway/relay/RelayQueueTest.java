package vn.officialmail.gateway.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelayQueueTest {

    private static final byte[] RAW = "Subject: Giấy mời\r\n\r\nNội dung\r\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path dataDir;

    private static RelayFixture fixture;
    private RelayQueue queue;

    @BeforeAll
    static void openDatabase() {
        fixture = new RelayFixture(dataDir);
    }

    @AfterAll
    static void closeDatabase() {
        fixture.close();
    }

    @BeforeEach
    void setUp() {
        fixture.jdbc.sql("delete from outbound_delivery").update();
        fixture.jdbc.sql("delete from message_record").update();
        queue = fixture.queue(fixture.settings(Map.of()));
    }

    @Test
    void enqueueShouldWritePendingRowWhenInlineMode() throws Exception {
        long id = fixture.recordMessage(RAW, "vanthu@moj.gov.vn", List.of("a@tuphap.gov.vn", "b@tuphap.gov.vn"));
        Instant before = Instant.now();

        fixture.transactions.executeWithoutResult(
                s -> queue.enqueue(id, "vanthu@moj.gov.vn", List.of("a@tuphap.gov.vn", "b@tuphap.gov.vn")));

        DeliveryStatus status = queue.statusOf(id).orElseThrow();
        assertThat(status.state()).isEqualTo("PENDING");
        assertThat(status.attempts()).isZero();
        assertThat(status.lastError()).isEmpty();
        assertThat(status.nextAttemptAt()).get().satisfies(t -> assertThat(t)
                .isBetween(before.minusSeconds(1), Instant.now()));
        assertThat(fixture.jdbc
                        .sql("select recipients from outbound_delivery where message_record_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("a@tuphap.gov.vn\nb@tuphap.gov.vn");
    }

    @Test
    void enqueueShouldBeNoOpWhenMessageIsAlreadyQueued() throws Exception {
        long id = fixture.recordMessage(RAW, "vanthu@moj.gov.vn", List.of("a@tuphap.gov.vn"));

        fixture.transactions.executeWithoutResult(
                s -> queue.enqueue(id, "vanthu@moj.gov.vn", List.of("a@tuphap.gov.vn")));
        fixture.transactions.executeWithoutResult(
                s -> queue.enqueue(id, "other@moj.gov.vn", List.of("c@tuphap.gov.vn")));

        assertThat(queue.countByState("PENDING")).isEqualTo(1);
        assertThat(fixture.jdbc
                        .sql("select mail_from from outbound_delivery")
                        .query(String.class)
                        .single())
                .isEqualTo("vanthu@moj.gov.vn");
    }

    @Test
    void enqueueShouldRollBackWithCallerWhenCallerTransactionFails() throws Exception {
        long id = fixture.recordMessage(RAW, "vanthu@moj.gov.vn", List.of("a@tuphap.gov.vn"));

        fixture.transactions.executeWithoutResult(status -> {
            queue.enqueue(id, "vanthu@moj.gov.vn", List.of("a@tuphap.gov.vn"));
            status.setRollbackOnly();
        });

        assertThat(queue.statusOf(id)).isEmpty();
    }

    @Test
    void enqueueShouldWakeDeliverersOnlyAfterCommitWhenInTransaction() throws Exception {
        long id = fixture.recordMessage(RAW, "vanthu@moj.gov.vn", List.of("a@tuphap.gov.vn"));
        long before = fixture.signal.generation();
        long[] during = new long[1];

        fixture.transactions.executeWithoutResult(s -> {
            queue.enqueue(id, "vanthu@moj.gov.vn", List.of("a@tuphap.gov.vn"));
            during[0] = fixture.signal.generation();
        });

        assertThat(during[0]).isEqualTo(before);
        assertThat(fixture.signal.generation()).isGreaterThan(before);
    }

    @Test
    void enqueueShouldQueueNothingWhenJournalMode() throws Exception {
        RelayQueue journal = fixture.queue(fixture.settings(Map.of("gateway.mode", "journal")));
        long id = fixture.recordMessage(RAW, "vanthu@moj.gov.vn", List.of("a@tuphap.gov.vn"));

        fixture.transactions.executeWithoutResult(
                s -> journal.enqueue(id, "vanthu@moj.gov.vn", List.of("a@tuphap.gov.vn")));

        assertThat(journal.statusOf(id)).isEmpty();
        assertThat(fixture.jdbc
                        .sql("select count(*) from outbound_delivery")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void enqueueBlobShouldBeNoOpWhenBlobIsAlreadyQueued() throws Exception {
        String sha256 = fixture.blobs.put(RAW);

        queue.enqueueBlob(sha256, "", List.of("vanthu@moj.gov.vn"));
        queue.enqueueBlob(sha256, "", List.of("vanthu@moj.gov.vn"));

        assertThat(fixture.jdbc
                        .sql(
                                "select count(*) from outbound_delivery where blob_sha256 = ? and message_record_id is null")
                        .param(sha256)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void enqueueShouldRejectRecipientWhenItCarriesLineBreak() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> queue.enqueue(1, "vanthu@moj.gov.vn", List.of("a@tuphap.gov.vn>\r\nDATA")))
                .withMessageContaining("recipient must be a non-empty address without <, > or line breaks")
                .withMessageContaining("a@tuphap.gov.vn>");
    }

    @Test
    void enqueueShouldRejectEnvelopeWhenItHasNoRecipient() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> queue.enqueue(1, "vanthu@moj.gov.vn", List.of()))
                .withMessage("recipients must not be empty: []");
    }

    @Test
    void enqueueBlobShouldRejectNameWhenNotSha256() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> queue.enqueueBlob("../etc/passwd", "", List.of("a@tuphap.gov.vn")))
                .withMessage("blob name must be 64 lower-case hex digits: ../etc/passwd");
    }

    @Test
    void statusOfShouldBeEmptyWhenMessageWasNeverQueued() {
        assertThat(queue.statusOf(42)).isEmpty();
    }

    @Test
    void countByStateShouldNameKnownStatesWhenStateIsUnknown() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> queue.countByState("SENT"))
                .withMessageContaining("state must be one of")
                .withMessageContaining("DELIVERED")
                .withMessageEndingWith(": SENT");
    }
}
