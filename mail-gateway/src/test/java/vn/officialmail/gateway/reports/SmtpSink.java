package vn.officialmail.gateway.reports;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A real SMTP server on a loopback port that keeps every transaction's envelope and bytes. Not
 * GreenMail: GreenMail answers the null reverse path ({@code MAIL FROM:<>}) of the gateway's own
 * messages (RFC 3834) with 503, so they could never reach it.
 */
final class SmtpSink implements AutoCloseable {

    record Received(String mailFrom, List<String> recipients, byte[] data) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final SMTPServer server;

    SmtpSink() {
        server = SMTPServer.port(0)
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName("mx.lanh-dao.test")
                .messageHandlerFactory(context -> new Transaction())
                .build();
        server.start();
    }

    int port() {
        return server.getPortAllocated();
    }

    List<Received> received() {
        return List.copyOf(received);
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
        public void recipient(String recipient) {
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
