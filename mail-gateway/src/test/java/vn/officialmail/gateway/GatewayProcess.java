package vn.officialmail.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The gateway as a separate JVM started from the built jar, for crash and launcher tests. */
final class GatewayProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "official-mail.jar").toAbsolutePath();

    final int smtpPort;
    final int httpPort;
    private final Process process;

    private GatewayProcess(Process process, int smtpPort, int httpPort) {
        this.process = process;
        this.smtpPort = smtpPort;
        this.httpPort = httpPort;
    }

    /** Starts the jar with the test JVM's own java (a JDK 21+) and waits until SMTP and HTTP answer. */
    static GatewayProcess start(Path dataDir, List<String> properties, Path log)
            throws IOException, InterruptedException {
        return start(dataDir, properties, log, freePort(), freePort());
    }

    static GatewayProcess start(Path dataDir, List<String> properties, Path log, int smtpPort, int httpPort)
            throws IOException, InterruptedException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("The gateway jar is missing: " + JAR + " (run the package phase first)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-jar", JAR.toString()));
        command.add("--gateway.data-dir=" + dataDir);
        command.add("--gateway.smtp.port=" + smtpPort);
        command.add("--gateway.smtp.bind-address=127.0.0.1");
        command.add("--server.port=" + httpPort);
        command.add("--server.address=127.0.0.1");
        command.addAll(TestDns.arguments());
        command.addAll(properties);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        GatewayProcess gateway = new GatewayProcess(process, smtpPort, httpPort);
        // 300 s, not 90 or 180: a restart after SIGKILL took 81 s to start on the shared 2-core machine
        // under load 17, and a first start 208 s under load 18 with other builds running.
        try {
            gateway.awaitListening(Duration.ofSeconds(300), log);
        } catch (IllegalStateException | InterruptedException e) {
            // Never leave a half-started gateway behind: it would go on working on the test's data
            // (importing a mailbox, holding the index lock) long after the test failed.
            process.destroyForcibly().waitFor();
            throw e;
        }
        return gateway;
    }

    private void awaitListening(Duration timeout, Path log) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The gateway exited with " + process.exitValue() + ":\n" + tail(log));
            }
            if (answers(smtpPort) && answers(httpPort)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The gateway did not start within " + timeout + ":\n" + tail(log));
    }

    /** SIGKILL: no shutdown hook, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no output)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
