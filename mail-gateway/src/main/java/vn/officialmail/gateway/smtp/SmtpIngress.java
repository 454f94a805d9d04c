package vn.officialmail.gateway.smtp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.subethamail.smtp.MessageHandlerFactory;
import org.subethamail.smtp.server.SMTPServer;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.spool.Spool;

/** The SMTP listener (SubEthaSMTP) in front of the spool. */
@Component
public final class SmtpIngress implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SmtpIngress.class);

    private final EnvelopePolicy policy;
    private final GatewaySettings settings;
    private final Spool spool;
    private final Clock clock;
    private final SmtpLogins logins;
    private SMTPServer server;

    SmtpIngress(GatewaySettings settings, Spool spool, Clock clock, SmtpLogins logins, EnvelopePolicy policy) {
        this.settings = settings;
        this.policy = policy;
        this.spool = spool;
        this.clock = clock;
        this.logins = logins;
    }

    @Override
    public void start() {
        SmtpSettings smtp = settings.smtp();
        if (!smtp.enabled()) {
            return;
        }
        long maxSize = smtp.maxMessageSize().toBytes();
        if (maxSize > Integer.MAX_VALUE - 1024) {
            throw new IllegalArgumentException(
                    "gateway.smtp.max-message-size must be below 2 GB: " + smtp.maxMessageSize());
        }
        try {
            SMTPServer.Builder builder = listener(
                    smtp,
                    smtp.bindAddress(),
                    smtp.port(),
                    (int) maxSize,
                    "smtp-listener",
                    context -> new SpoolingMessageHandler(context, spool, maxSize, clock, policy));
            if (smtp.tls().enabled()) {
                builder.enableTLS()
                        .requireTLS(smtp.tls().required())
                        .startTlsSocketFactory(TlsKeystore.sslContext(smtp.tls(), settings.dataDir(), smtp.hostName()));
            }
            if (smtp.auth().enabled()) {
                // RFC 4954: AUTH PLAIN/LOGIN, offered after STARTTLS only, against the gateway's users; a
                // wrong password here counts toward the console's lockout as on the submission port.
                builder.authenticationHandlerFactory(logins.handlers("smtp"))
                        .requireAuth(smtp.auth().required());
            }
            server = builder.build();
            replaceCommands(server);
            server.start();
            log.info("SMTP listening on {}:{} ({} mode)", smtp.bindAddress(), port(), settings.mode());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot start the SMTP listener on " + smtp.bindAddress() + ":" + smtp.port(), e);
        }
    }

    /** What the SMTP and submission listeners share: limits and time-outs of {@code gateway.smtp}, the gateway's name. */
    static SMTPServer.Builder listener(
            SmtpSettings smtp,
            String bindAddress,
            int port,
            int maxMessageSize,
            String threadName,
            MessageHandlerFactory handlers)
            throws UnknownHostException {
        return SMTPServer.port(port)
                .bindAddress(InetAddress.getByName(bindAddress))
                .hostName(smtp.hostName())
                .softwareName("official-mail")
                .maxMessageSize(maxMessageSize)
                .maxRecipients(smtp.maxRecipients())
                .maxConnections(smtp.maxConnections())
                .connectionTimeout((int) smtp.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .serverThreadName(threadName)
                .messageHandlerFactory(handlers);
    }

    /** The gateway's own EHLO (no CHUNKING) and BDAT (refused): see {@link GatewayEhlo}. */
    static void replaceCommands(SMTPServer server) {
        server.getCommandHandler().addCommand(new GatewayEhlo());
        server.getCommandHandler().addCommand(new BdatNotOffered());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null && server.isRunning();
    }

    /** Stop taking mail before the workers and the spool stop. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    /** The port actually bound (differs from the setting when that is 0). */
    public int port() {
        return server == null ? -1 : server.getPortAllocated();
    }
}
