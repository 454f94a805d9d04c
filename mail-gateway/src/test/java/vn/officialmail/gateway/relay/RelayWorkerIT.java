package vn.officialmail.gateway.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.officialmail.gateway.GatewaySettings;

/**
 * The relay against real next hops on loopback ports: GreenMail, and a SubEthaSMTP server that
 * refuses chosen recipients. Backoffs are tiny so that retries happen within the test.
 */
class RelayWorkerIT {

    private static final String SENDER = "vanthu@moj.gov.vn";
    private static final String RECIPIENT = "lanhdao@tuphap.gov.vn";
    private static final Duration WAIT = Duration.ofSeconds(15);

    /** 8-bit UTF-8 Vietnamese body, a line starting with a dot and a long line: sent as is. */
    private static final byte[] ORIGINAL = ("Return-Path: <vanthu@moj.gov.vn>\r\n"
                    + "From: =?UTF-8?B?VsSDbiB0aMawIELhu5kgVMawIHBow6Fw?= <vanthu@moj.gov.vn>\r\n"
                    + "To: lanhdao@tuphap.gov.vn\r\n"
                    + "Subject: =?UTF-8?B?R2nhuqV5IG3hu51pIGjhu41w?=\r\n"
                    + "Message-ID: <giay-moi-11@moj.gov.vn>\r\n"
                    + "MIME-Version: 1.0\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n"
                    + "Content-Transfer-Encoding: 8bit\r\n"
                    + "\r\n"
                    + "Kính gửi: Lãnh đạo các đơn vị thuộc Bộ Tư pháp\r\n"
                    + ".Dòng bắt đầu bằng dấu chấm, ĐƯỢC giữ nguyên.\r\n"
                    + "Số: 123/GM-BTP    \t\r\n"
                    + "x".repeat(900)
                    + "\r\n")
            .getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;

    private RelayFixture fixture;
    private ScriptedNextHop scripted;
    private RelayWorker worker;

    @BeforeEach
    void setUp() {
        fixture = new RelayFixture(dataDir);
        scripted = new ScriptedNextHop();
    }

    @AfterEach
    void tearDown() {
        if (worker != null) {
            worker.stop();
        }
        scripted.close();
        fixture.close();
    }

    @Test
    void workerShouldDeliverOriginalBodyBitForBitWhenGreenMailAccepts() throws Exception {
        GatewaySettings settings = settings(
                greenMail.getSmtp().getPort(),
                Map.of("gateway.relay.host", greenMail.getSmtp().getBindTo()));
        long id = fixture.recordAndQueue(fixture.queue(settings), ORIGINAL, SENDER, List.of(RECIPIENT));

        start(settings);

        await().atMost(WAIT).until(() -> greenMail.getReceivedMessages().length == 1);
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getRawInputStream().readAllBytes()).isEqualTo(bodyAsGreenMailKeepsIt(ORIGINAL));
        assertThat(received.getSubject()).isEqualTo("Giấy mời họp");
        assertThat(received.getMessageID()).isEqualTo("<giay-moi-11@moj.gov.vn>");
        await().atMost(WAIT).until(() -> fixture.stateOf(id).equals("DELIVERED"));
        DeliveryStatus status = fixture.queue(settings).statusOf(id).orElseThrow();
        assertThat(status.attempts()).isEqualTo(1);
        assertThat(status.finishedAt()).isPresent();
        assertThat(status.nextAttemptAt()).isEmpty();
    }

    @Test
    void workerShouldSendExactBytesAndEnvelopeWhenNextHopAccepts() throws Exception {
        GatewaySettings settings = settings(scripted.port(), Map.of());
        fixture.recordAndQueue(fixture.queue(settings), ORIGINAL, SENDER, List.of(RECIPIENT, "vanphong@tuphap.gov.vn"));

        start(settings);

        await().atMost(WAIT).until(() -> scripted.received().size() == 1);
        ScriptedNextHop.Received received = scripted.received().get(0);
        assertThat(received.data()).isEqualTo(ORIGINAL);
        assertThat(received.mailFrom()).isEqualTo(SENDER);
        assertThat(received.recipients()).containsExactly(RECIPIENT, "vanphong@tuphap.gov.vn");
    }

    @Test
    void workerShouldRetryWithBackoffWhenNextHopIsDownThenComesUp() throws Exception {
        int port = freePort();
        GatewaySettings settings = settings(port, Map.of("gateway.relay.max-attempts", "50"));
        RelayQueue queue = fixture.queue(settings);
        long id = fixture.recordAndQueue(queue, ORIGINAL, SENDER, List.of(RECIPIENT));

        start(settings);

        await().atMost(WAIT).until(() -> queue.statusOf(id).orElseThrow().attempts() >= 2);
        DeliveryStatus waiting = queue.statusOf(id).orElseThrow();
        assertThat(waiting.state()).isIn("PENDING", "SENDING");
        assertThat(waiting.lastError()).get().asString().contains("127.0.0.1:" + port);
        GreenMail nextHop = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        nextHop.start();
        try {
            await().atMost(WAIT).until(() -> fixture.stateOf(id).equals("DELIVERED"));
            assertThat(nextHop.getReceivedMessages()).hasSize(1);
            assertThat(nextHop.getReceivedMessages()[0].getRawInputStream().readAllBytes())
                    .isEqualTo(bodyAsGreenMailKeepsIt(ORIGINAL));
        } finally {
            nextHop.stop();
        }
    }

    @Test
    void workerShouldBounceWithDsnWhenAttemptsRunOut() throws Exception {
        scripted.refuse(RECIPIENT, 451, "4.2.1 Hộp thư đang bận, try later");
        GatewaySettings settings = settings(scripted.port(), Map.of("gateway.relay.max-attempts", "3"));
        RelayQueue queue = fixture.queue(settings);
        long id = fixture.recordAndQueue(queue, ORIGINAL, SENDER, List.of(RECIPIENT));

        start(settings);

        await().atMost(WAIT).until(() -> fixture.stateOf(id).equals("FAILED"));
        assertThat(queue.statusOf(id).orElseThrow().attempts()).isEqualTo(3);
        await().atMost(WAIT).until(() -> scripted.receivedFrom("").size() == 1);
        ScriptedNextHop.Received bounce = scripted.receivedFrom("").get(0);
        assertThat(bounce.recipients()).containsExactly(SENDER);
        MimeMessage dsn = DeliveryStatusNotificationTest.parse(bounce.data());
        ContentType type = new ContentType(dsn.getContentType());
        assertThat(type.getBaseType()).isEqualTo("multipart/report");
        assertThat(type.getParameter("report-type")).isEqualTo("delivery-status");
        MimeMultipart report = (MimeMultipart) dsn.getContent();
        assertThat((String) report.getBodyPart(0).getContent())
                .contains("vẫn không gửi được sau nhiều lần thử lại")
                .contains("still undeliverable after repeated attempts");
        assertThat(new String(report.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.US_ASCII))
                .contains("Reporting-MTA: dns; gateway.test.gov.vn\r\n")
                .contains("Final-Recipient: rfc822; " + RECIPIENT + "\r\n")
                .contains("Action: failed\r\n")
                .contains("Status: 4.2.1\r\n")
                .contains("Remote-MTA: dns; 127.0.0.1\r\n")
                .contains("Diagnostic-Code: smtp; 451 4.2.1 H?p th? ?ang b?n, try later\r\n");
        assertThat(new String(report.getBodyPart(2).getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Message-ID: <giay-moi-11@moj.gov.vn>");
    }

    @Test
    void workerShouldBounceAtOnceWithoutRetryWhenNextHopRefusesRecipientWith5xx() throws Exception {
        scripted.refuse(RECIPIENT, 550, "5.1.1 <lanhdao@tuphap.gov.vn>: user unknown");
        GatewaySettings settings = settings(scripted.port(), Map.of());
        RelayQueue queue = fixture.queue(settings);
        long id = fixture.recordAndQueue(queue, ORIGINAL, SENDER, List.of(RECIPIENT));

        start(settings);

        await().atMost(WAIT).until(() -> fixture.stateOf(id).equals("FAILED"));
        DeliveryStatus status = queue.statusOf(id).orElseThrow();
        assertThat(status.attempts()).isEqualTo(1);
        assertThat(status.lastError()).get().asString().contains("550 5.1.1");
        await().atMost(WAIT).until(() -> scripted.receivedFrom("").size() == 1);
        String dsn = new String(scripted.receivedFrom("").get(0).data(), StandardCharsets.US_ASCII);
        assertThat(dsn).contains("Status: 5.1.1").contains("Final-Recipient: rfc822; " + RECIPIENT);
        assertThat(scripted.receivedFrom(SENDER)).isEmpty();
    }

    @Test
    void workerShouldDeliverToAcceptedAndBounceOnlyRefusedWhenSomeRecipientsAreRefused() throws Exception {
        scripted.refuse(RECIPIENT, 550, "5.1.1 user unknown");
        GatewaySettings settings = settings(scripted.port(), Map.of());
        long id = fixture.recordAndQueue(
                fixture.queue(settings), ORIGINAL, SENDER, List.of(RECIPIENT, "vanphong@tuphap.gov.vn"));

        start(settings);

        await().atMost(WAIT).until(() -> scripted.receivedFrom("").size() == 1);
        assertThat(fixture.stateOf(id)).isEqualTo("DELIVERED");
        assertThat(scripted.receivedFrom(SENDER)).singleElement().satisfies(r -> {
            assertThat(r.recipients()).containsExactly("vanphong@tuphap.gov.vn");
            assertThat(r.data()).isEqualTo(ORIGINAL);
        });
        String dsn = new String(scripted.receivedFrom("").get(0).data(), StandardCharsets.US_ASCII);
        assertThat(dsn).contains("Final-Recipient: rfc822; " + RECIPIENT).doesNotContain("rfc822; vanphong");
    }

    @Test
    void workerShouldNotBounceWhenSenderIsNullReversePath() throws Exception {
        scripted.refuse(RECIPIENT, 550, "5.1.1 user unknown");
        GatewaySettings settings = settings(scripted.port(), Map.of());
        long id = fixture.recordAndQueue(fixture.queue(settings), ORIGINAL, "", List.of(RECIPIENT));

        start(settings);

        await().atMost(WAIT).until(() -> fixture.stateOf(id).equals("FAILED"));
        assertThat(fixture.jdbc
                        .sql("select count(*) from outbound_delivery")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(scripted.received()).isEmpty();
    }

    @Test
    void workerShouldTakeBackOwnSendingRowWhenStartingAfterCrash() throws Exception {
        GatewaySettings settings = settings(scripted.port(), Map.of());
        RelayQueue queue = fixture.queue(settings);
        long crashed = fixture.recordAndQueue(queue, ORIGINAL, SENDER, List.of(RECIPIENT));
        long otherNode = fixture.recordAndQueue(queue, ORIGINAL, SENDER, List.of("vanphong@tuphap.gov.vn"));
        OffsetDateTime leaseUntil = OffsetDateTime.ofInstant(Instant.now().plusSeconds(3600), ZoneOffset.UTC);
        claim(crashed, RelayWorker.nodeId(dataDir), leaseUntil);
        claim(otherNode, "other-node:/var/lib/official-mail", leaseUntil);

        start(settings);

        await().atMost(WAIT).until(() -> fixture.stateOf(crashed).equals("DELIVERED"));
        assertThat(scripted.receivedFrom(SENDER)).singleElement().satisfies(r -> assertThat(r.recipients())
                .containsExactly(RECIPIENT));
        assertThat(fixture.stateOf(otherNode)).isEqualTo("SENDING");
    }

    @Test
    void workerShouldSendNothingWhenJournalMode() throws Exception {
        GatewaySettings inline = settings(scripted.port(), Map.of());
        long id = fixture.recordAndQueue(fixture.queue(inline), ORIGINAL, SENDER, List.of(RECIPIENT));

        start(settings(scripted.port(), Map.of("gateway.mode", "journal")));

        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> fixture.stateOf(id)
                .equals("PENDING"));
        assertThat(worker.isRunning()).isTrue();
        assertThat(scripted.received()).isEmpty();
    }

    private void start(GatewaySettings settings) {
        worker = fixture.worker(settings);
        worker.start();
    }

    private void claim(long messageRecordId, String node, OffsetDateTime leaseUntil) {
        fixture.jdbc
                .sql("update outbound_delivery set state = 'SENDING', claimed_by = ?, next_attempt_at = ?"
                        + " where message_record_id = ?")
                .params(node, leaseUntil, messageRecordId)
                .update();
    }

    private GatewaySettings settings(int port, Map<String, String> overrides) {
        Map<String, String> properties = new HashMap<>();
        properties.put("gateway.relay.port", Integer.toString(port));
        properties.put("gateway.relay.initial-backoff", "50ms");
        properties.put("gateway.relay.max-backoff", "200ms");
        properties.put("gateway.relay.timeout", "5s");
        properties.put("gateway.relay.postmaster", "postmaster@test.gov.vn");
        properties.putAll(overrides);
        return fixture.settings(properties);
    }

    /**
     * The original's body as GreenMail stores it: byte for byte, except the CRLF before the
     * end-of-data dot, which GreenMail drops (the exact-bytes test uses SubEthaSMTP instead).
     */
    private static byte[] bodyAsGreenMailKeepsIt(byte[] message) {
        String text = new String(message, StandardCharsets.ISO_8859_1);
        return Arrays.copyOfRange(message, text.indexOf("\r\n\r\n") + 4, message.length - 2);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
