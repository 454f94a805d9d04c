package vn.officialmail.gateway.smtp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.subethamail.smtp.server.SMTPServer;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.spool.Spool;

/**
 * The submission port (RFC 6409): staff log in with their console account and send mail out
 * through the gateway. STARTTLS comes first (RFC 3207: before it, everything but EHLO, STARTTLS,
 * NOOP, RSET and QUIT gets 530), then AUTH (RFC 4954: MAIL before it gets 530), so a password never
 * crosses the network in clear and nobody sends without a name; wrong passwords count toward the
 * console's lockout ({@link SmtpLogins}). Submitted mail goes into the same
 * spool as received mail, marked {@code submission} with the login, and the pipeline judges it
 * like any other: direction from the directory, a personal recipient of an official document
 * recorded as a violation, then relayed. A unit with a signing key has its users' mail signed with
 * the unit's S/MIME certificate before it is spooled ({@link SubmissionSigning}).
 */
@Component
public final class SubmissionIngress implements SmartLifecycle {

    /** The spool source of submitted mail. */
    public static final String SOURCE = "submission";

    private static final Logger log = LoggerFactory.getLogger(SubmissionIngress.class);

    private final GatewaySettings settings;
    private final Spool spool;
    private final Clock clock;
    private final SmtpLogins logins;
    private final EnvelopePolicy policy;
    private final SubmissionSigning signing;
    private SMTPServer server;

    SubmissionIngress(
            GatewaySettings settings,
            Spool spool,
            Clock clock,
            SmtpLogins logins,
            EnvelopePolicy policy,
            SubmissionSigning signing) {
        this.signing = signing;
        this.settings = settings;
        this.spool = spool;
        this.clock = clock;
        this.logins = logins;
        this.policy = policy;
    }

    @Override
    public void start() {
        SubmissionSettings submission = settings.submission();
        SmtpSettings smtp = settings.smtp();
        if (!submission.enabled() || !smtp.enabled()) {
            return;
        }
        long maxSize = smtp.maxMessageSize().toBytes();
        try {
            server = SmtpIngress.listener(
                            smtp,
                            submission.bindAddress(),
                            submission.port(),
                            (int) Math.min(maxSize, Integer.MAX_VALUE - 1024),
                            "submission-listener",
                            context ->
                                    new SpoolingMessageHandler(context, spool, maxSize, clock, policy, SOURCE, signing))
                    .enableTLS()
                    .requireTLS()
                    .startTlsSocketFactory(TlsKeystore.sslContext(smtp.tls(), settings.dataDir(), smtp.hostName()))
                    .authenticationHandlerFactory(logins.handlers("submission"))
                    .requireAuth()
                    .build();
            SmtpIngress.replaceCommands(server);
            server.start();
            log.info(
                    "SMTP submission listening on {}:{} (STARTTLS and AUTH required)",
                    submission.bindAddress(),
                    port());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot start the submission listener on " + submission.bindAddress() + ":" + submission.port(), e);
        }
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

    /** Stop taking mail before the workers and the spool stop, like the SMTP listener. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    /** The port actually bound (differs from the setting when that is 0); -1 when not listening. */
    public int port() {
        return server == null ? -1 : server.getPortAllocated();
    }
}
