package vn.officialmail.gateway.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import org.subethamail.smtp.server.SMTPServer;
import vn.officialmail.gateway.spool.Spool;
import vn.officialmail.gateway.spool.SpoolDurability;
import vn.officialmail.gateway.spool.SpoolSettings;

/**
 * Fault injection at the spool's force: the client's 250 must wait for {@code force()} on the
 * segment file and on its directory, and a failed force must never produce a 250.
 */
class SpoolDurabilityIT {

    @TempDir
    Path dir;

    private SMTPServer server;
    private Spool spool;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.stop();
        }
        if (spool != null) {
            spool.close();
        }
    }

    @Test
    void dataShouldBeAnsweredOnlyAfterFileAndDirectoryForceWhenForceIsSlow() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> events = new CopyOnWriteArrayList<>();
        int port = start(new SpoolDurability() {
            @Override
            public void force(FileChannel segment) throws IOException {
                events.add("force-file-start");
                await(release);
                segment.force(false);
                events.add("force-file-done");
            }

            @Override
            public void forceDirectory(Path directory) throws IOException {
                events.add("force-directory");
                SpoolDurability.FSYNC.forceDirectory(directory);
            }
        });

        try (SmtpTestClient client = new SmtpTestClient(port)) {
            client.startData("a@moj.gov.vn", "b@moj.gov.vn");
            client.write("Subject: durable\r\n\r\nbody\r\n.\r\n");

            assertThat(client.replyWithin(700))
                    .as("no reply while force() blocks")
                    .isNull();
            events.add("released");
            release.countDown();
            String reply = client.reply();
            events.add("client-got-" + reply.substring(0, 3));
        }

        assertThat(events)
                .containsSubsequence(
                        "force-directory", "force-file-start", "released", "force-file-done", "client-got-250");
        assertThat(spool.pending()).isEqualTo(1);
    }

    @Test
    void dataShouldGetTemporaryFailureAndNotBeQueuedWhenForceFails() throws Exception {
        int port = start(new SpoolDurability() {
            @Override
            public void force(FileChannel segment) throws IOException {
                throw new IOException("injected: EIO from fdatasync");
            }

            @Override
            public void forceDirectory(Path directory) {}
        });

        try (SmtpTestClient client = new SmtpTestClient(port)) {
            client.startData("a@moj.gov.vn", "b@moj.gov.vn");
            client.write("Subject: lost disk\r\n\r\nbody\r\n.\r\n");

            assertThat(client.reply()).startsWith("451");
        }
        assertThat(spool.pending()).isZero();
        assertThat(spool.take(100, TimeUnit.MILLISECONDS)).isEmpty();
    }

    @Test
    void concurrentSessionsShouldShareOneForceWhenTheyArriveTogether() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> forces = new CopyOnWriteArrayList<>();
        int port = start(new SpoolDurability() {
            @Override
            public void force(FileChannel segment) throws IOException {
                forces.add("force");
                await(release);
            }

            @Override
            public void forceDirectory(Path directory) {}
        });
        SmtpTestClient[] clients = new SmtpTestClient[5];
        for (int i = 0; i < clients.length; i++) {
            clients[i] = new SmtpTestClient(port);
            clients[i].startData("a@moj.gov.vn", "b@moj.gov.vn");
            clients[i].write("Subject: " + i + "\r\n\r\nbody\r\n.\r\n");
        }
        Thread.sleep(300); // all five are written and wait for the one force in progress

        release.countDown();

        for (SmtpTestClient client : clients) {
            assertThat(client.reply()).startsWith("250");
            client.close();
        }
        assertThat(forces.size()).as("forces for 5 messages").isLessThanOrEqualTo(2);
    }

    private int start(SpoolDurability durability) throws IOException {
        spool = Spool.open(
                dir, new SpoolSettings(DataSize.ofMegabytes(64), DataSize.ofBytes(0), Duration.ZERO, 1000), durability);
        server = SMTPServer.port(0)
                .bindAddress(java.net.InetAddress.getLoopbackAddress())
                .messageHandlerFactory(context -> new SpoolingMessageHandler(
                        context, spool, 1_000_000, Clock.systemUTC(), EnvelopePolicy.refusingNothing()))
                .build();
        server.start();
        return server.getPortAllocated();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
