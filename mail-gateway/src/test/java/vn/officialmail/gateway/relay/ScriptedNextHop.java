package vn.officialmail.gateway.relay;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A next hop on a loopback port that refuses chosen recipients with a chosen reply (GreenMail
 * accepts everyone, and GreenMail 2.1.5 refuses RCPT after a null reverse path, which the gateway's
 * own mail uses) and keeps each accepted transaction's envelope and exact bytes.
 */
public final class ScriptedNextHop implements AutoCloseable {

    /** One accepted mail transaction. */
    public record Received(String mailFrom, List<String> recipients, byte[] data) {}

    private final Map<String, RejectException> refusals = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final SMTPServer server;

    public ScriptedNextHop() {
        server = SMTPServer.port(0)
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName("mx.tuphap.test")
                .insertReceivedHeaders(false)
                .messageHandlerFactory(context -> new Transaction())
                .build();
        server.start();
    }

    /** Answers RCPT TO for this recipient with {@code code text}. */
    void refuse(String recipient, int code, String text) {
        refusals.put(recipient, new RejectException(code, text));
    }

    public int port() {
        return server.getPortAllocated();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> receivedFrom(String mailFrom) {
        return received.stream().filter(r -> r.mailFrom().equals(mailFrom)).toList();
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Transaction implements MessageHandler {

        private String from = "";
        private final List<String> recipients = new ArrayList<>();

        @Override
        public void from(String from) {
            this.from = from;
        }

        @Override
        public void recipient(String recipient) throws RejectException {
            RejectException refusal = refusals.get(recipient);
            if (refusal != null) {
                throw refusal;
            }
            recipients.add(recipient);
        }

        @Override
        public String data(InputStream data) throws IOException {
            received.add(new Received(from, List.copyOf(recipients), data.readAllBytes()));
            return null;
        }

        @Override
        public void done() {}
    }
}
