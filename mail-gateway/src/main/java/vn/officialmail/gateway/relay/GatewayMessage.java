package vn.officialmail.gateway.relay;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import java.util.UUID;

/**
 * A message the gateway writes itself (a delivery status notification, a notice to a sender, an
 * alert): its Message-ID names the gateway rather than the JVM's local host.
 */
public final class GatewayMessage extends MimeMessage {

    private final String messageId;

    /** A new message whose Message-ID is {@code <kind.random@host>}. */
    public GatewayMessage(String kind, String host) {
        super(Session.getInstance(new Properties()));
        this.messageId = "<" + kind + "." + UUID.randomUUID() + "@" + host + ">";
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
