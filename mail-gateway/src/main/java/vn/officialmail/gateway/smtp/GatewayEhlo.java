package vn.officialmail.gateway.smtp;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.subethamail.smtp.AuthenticationHandlerFactory;
import org.subethamail.smtp.internal.server.BaseCommand;
import org.subethamail.smtp.server.Session;

/**
 * EHLO (RFC 5321 §4.1.1.1) without CHUNKING. SubEthaSMTP 7.2.2 always offers CHUNKING, and its
 * BDAT spools a message whose client closed the connection in the middle of a chunk as if it
 * were complete; without the extension clients send DATA, whose end is unambiguous.
 */
final class GatewayEhlo extends BaseCommand {

    GatewayEhlo() {
        super("EHLO", "Introduce yourself.", "<hostname>");
    }

    @Override
    public void execute(String commandString, Session session) throws IOException {
        String[] args = getArgs(commandString);
        if (args.length < 2) {
            session.sendResponse("501 5.5.4 Syntax: EHLO hostname");
            return;
        }
        session.resetMailTransaction();
        session.setHelo(args[1]);
        StringBuilder reply =
                new StringBuilder("250-").append(session.getServer().getHostName());
        reply.append("\r\n250-8BITMIME");
        int maxSize = session.getServer().getMaxMessageSize();
        if (maxSize > 0) {
            reply.append("\r\n250-SIZE ").append(maxSize);
        }
        if (session.getServer().getEnableTLS() && !session.getServer().getHideTLS() && !session.isTLSStarted()) {
            reply.append("\r\n250-STARTTLS");
        }
        reply.append("\r\n250-SMTPUTF8");
        authMechanisms(session)
                .ifPresent(mechanisms -> reply.append("\r\n250-AUTH ").append(mechanisms));
        reply.append("\r\n250 Ok");
        session.sendResponse(reply.toString());
    }

    /** AUTH is offered only once the session is encrypted (or when TLS is off), so passwords never go in clear. */
    private static Optional<String> authMechanisms(Session session) {
        Optional<AuthenticationHandlerFactory> factory = session.getServer().getAuthenticationHandlerFactory();
        boolean offer = factory.isPresent()
                && (session.isTLSStarted()
                        || !session.getServer().getEnableTLS()
                        || session.getServer().getShowAuthCapabilitiesBeforeSTARTTLS());
        if (!offer) {
            return Optional.empty();
        }
        List<String> mechanisms = factory.get().getAuthenticationMechanisms();
        return mechanisms.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", mechanisms));
    }
}
