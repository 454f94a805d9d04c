package vn.officialmail.gateway;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.IntSupplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The settings every gateway integration test starts from: its own data dir, SMTP on a free loopback port, static DNS. */
public final class LoopbackGateway {

    private LoopbackGateway() {}

    /** Data under {@code dataDir}, SMTP on 127.0.0.1 at a port the system picks, DNS answered by {@link TestDns}. */
    public static void register(DynamicPropertyRegistry registry, Path dataDir) {
        TestDns.register(registry);
        registry.add("gateway.data-dir", dataDir::toString);
        registry.add("gateway.smtp.port", () -> "0");
        registry.add("gateway.smtp.bind-address", () -> "127.0.0.1");
    }

    /** As {@link #register} but with no SMTP listener: for tests that hand mail to the pipeline themselves. */
    public static void registerWithoutSmtp(DynamicPropertyRegistry registry, Path dataDir) {
        TestDns.register(registry);
        registry.add("gateway.data-dir", dataDir::toString);
        registry.add("gateway.smtp.enabled", () -> "false");
    }

    /** The submission port (STARTTLS, AUTH) on 127.0.0.1 at a port the system picks; needs {@link #register}. */
    public static void submission(DynamicPropertyRegistry registry) {
        registry.add("gateway.submission.enabled", () -> "true");
        registry.add("gateway.submission.port", () -> "0");
        registry.add("gateway.submission.bind-address", () -> "127.0.0.1");
    }

    /**
     * A mail session for the submission port on 127.0.0.1: STARTTLS required (the gateway's own
     * certificate trusted for loopback only) and SMTP AUTH; log in with {@code Transport.send(m, user, pw)}.
     */
    public static Session submissionSession(int port) {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.ssl.trust", "127.0.0.1");
        props.put("mail.smtp.auth", "true");
        return Session.getInstance(props);
    }

    /**
     * A GreenMail SMTP server as the relay's next hop, on 127.0.0.1 at a port the system picks, started
     * once for the test class: {@code @RegisterExtension static final GreenMailExtension nextHop}, then
     * {@link #relayTo} its port.
     */
    public static GreenMailExtension nextHop() {
        return new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /** Relays to a next hop on loopback (a GreenMail or sink started by the test), retrying after 100 ms. */
    public static void relayTo(DynamicPropertyRegistry registry, IntSupplier nextHopPort) {
        registry.add("gateway.relay.port", nextHopPort::getAsInt);
        registry.add("gateway.relay.initial-backoff", () -> "100ms");
    }
}
