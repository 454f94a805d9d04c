package vn.officialmail.gateway;

import java.nio.file.Path;
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

    /** Relays to a next hop on loopback (a GreenMail or sink started by the test), retrying after 100 ms. */
    public static void relayTo(DynamicPropertyRegistry registry, IntSupplier nextHopPort) {
        registry.add("gateway.relay.port", nextHopPort::getAsInt);
        registry.add("gateway.relay.initial-backoff", () -> "100ms");
    }
}
