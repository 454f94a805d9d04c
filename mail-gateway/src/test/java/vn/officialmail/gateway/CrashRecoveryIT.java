package vn.officialmail.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway, a separate JVM, is killed with SIGKILL in the middle of a burst of 1,000 messages
 * from concurrent clients. After a restart every message that got a 250 is recorded, registered
 * and relayed exactly once, and no message is half-processed.
 */
class CrashRecoveryIT {

    private static final int MESSAGES = 1000;
    private static final int CLIENTS = 8;
    private static final String PASSWORD = "crash-test-secret";
    private static final Pattern SUBJECT_ID = Pattern.compile("crash-(\\d+)");

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedMessageShouldBeProcessedExactlyOnceWhenTheGatewayIsKilledMidBurst() throws Exception {
        GreenMail nextHop = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        nextHop.start();
        try {
            List<String> properties = List.of(
                    "--gateway.relay.port=" + nextHop.getSmtp().getPort(),
                    "--gateway.relay.initial-backoff=200ms",
                    "--gateway.security.bootstrap-admin.password=" + PASSWORD,
                    "--gateway.smtp.tls.enabled=false");
            Path log = Path.of("target", "crash-recovery-gateway.log").toAbsolutePath();
            java.nio.file.Files.deleteIfExists(log);
            Path data = dir.resolve("data");
            Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
            int smtpPort = GatewayProcess.freePort();
            int httpPort = GatewayProcess.freePort();

            GatewayProcess first = GatewayProcess.start(data, properties, log, smtpPort, httpPort);
            AtomicInteger next = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> sendUntilRefused(smtpPort, next, acknowledged));
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> acknowledged.size() >= 300);
            first.kill();
            clients.shutdown();
            clients.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
            int acknowledgedAtKill = acknowledged.size();

            try (GatewayProcess second = GatewayProcess.start(data, properties, log, smtpPort, httpPort)) {
                ApiClient api = new ApiClient(second.httpPort, "admin", PASSWORD);
                long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
                while (!recordedIds(api).keySet().containsAll(acknowledged) && System.nanoTime() < deadline) {
                    Thread.sleep(1000);
                }
                Set<Integer> missing = new java.util.TreeSet<>(acknowledged);
                missing.removeAll(recordedIds(api).keySet());
                assertThat(missing)
                        .as("acknowledged but not recorded; gateway log:%n%s", GatewayProcess.tail(log))
                        .isEmpty();
                await().atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> relayedCounts(nextHop)
                                .keySet()
                                .containsAll(recordedIds(api).keySet()));
                Thread.sleep(2000); // let any duplicate delivery show up

                Map<Integer, Integer> recorded = recordedIds(api);
                Map<Integer, Integer> relayed = relayedCounts(nextHop);
                assertThat(acknowledgedAtKill).isGreaterThanOrEqualTo(300);
                assertThat(recorded.keySet()).containsAll(acknowledged);
                assertThat(recorded)
                        .allSatisfy((id, count) ->
                                assertThat(count).as("records of crash-" + id).isEqualTo(1));
                // SMTP relaying is at least once (RFC 1047): a row whose session was in flight at the
                // kill may have reached the next hop before its DELIVERED commit. Only such rows, which
                // the restarted gateway reports taking back, may arrive twice; every other exactly once.
                int inFlightAtKill = takenBack(log);
                int duplicates =
                        relayed.values().stream().mapToInt(count -> count - 1).sum();
                assertThat(relayed.values())
                        .allSatisfy(count -> assertThat(count).isBetween(1, 2));
                assertThat(duplicates).as("duplicate relays").isLessThanOrEqualTo(inFlightAtKill);
                assertThat(relayed.keySet()).isEqualTo(recorded.keySet());
                String registered = api.get("/api/messages?channel=OFFICIAL&size=1");
                assertThat(registered).contains("\"total\":" + recorded.size());
                assertThat(api.get("/api/audit/verify")).contains("\"intact\":true");
            }
        } finally {
            nextHop.stop();
        }
    }

    private static void sendUntilRefused(int port, AtomicInteger next, Set<Integer> acknowledged) {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        Session session = Session.getInstance(props);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            int id;
            while ((id = next.getAndIncrement()) < MESSAGES) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("unit" + (id % 7) + "@moj.gov.vn"));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress("vanthu@tuphap.gov.vn"));
                message.setSubject("Công văn crash-" + id, StandardCharsets.UTF_8.name());
                message.setText("Nội dung công văn số " + id, StandardCharsets.UTF_8.name());
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
                acknowledged.add(id); // sendMessage returns only after the server's 250 to DATA
            }
        } catch (MessagingException | RuntimeException e) {
            // The gateway was killed: this client's burst ends here.
        }
    }

    private static Map<Integer, Integer> recordedIds(ApiClient api) throws Exception {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int page = 0; ; page++) {
            String body = api.get("/api/messages?size=200&page=" + page);
            Matcher matcher = SUBJECT_ID.matcher(body);
            int found = 0;
            while (matcher.find()) {
                counts.merge(Integer.parseInt(matcher.group(1)), 1, Integer::sum);
                found++;
            }
            if (found == 0) {
                return counts;
            }
        }
    }

    private static int takenBack(Path log) throws java.io.IOException {
        Matcher matcher = Pattern.compile("Took back (\\d+) relay rows").matcher(java.nio.file.Files.readString(log));
        int total = 0;
        while (matcher.find()) {
            total += Integer.parseInt(matcher.group(1));
        }
        return total;
    }

    private static Map<Integer, Integer> relayedCounts(GreenMail nextHop) throws MessagingException {
        Map<Integer, Integer> counts = new HashMap<>();
        for (MimeMessage message : nextHop.getReceivedMessages()) {
            if (!message.getSubject().startsWith("Công văn crash-")) {
                continue; // a delivery status notification quotes the subject; it is not a relay
            }
            Matcher matcher = SUBJECT_ID.matcher(message.getSubject());
            if (matcher.find()) {
                counts.merge(Integer.parseInt(matcher.group(1)), 1, Integer::sum);
            }
        }
        return counts;
    }
}
