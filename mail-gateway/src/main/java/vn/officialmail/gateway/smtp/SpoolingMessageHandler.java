package vn.officialmail.gateway.smtp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.subethamail.smtp.AuthenticationHandler;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.Session;
import vn.officialmail.gateway.spool.Envelope;
import vn.officialmail.gateway.spool.Spool;
import vn.officialmail.gateway.spool.SpoolEntry;
import vn.officialmail.gateway.spool.SpoolFullException;

/**
 * One SMTP transaction: collects the envelope, reads DATA within the size limit and answers 250
 * only once the spool reports the message durable. Reply codes follow RFC 5321 §4.2 and the
 * enhanced status codes of RFC 3463.
 */
final class SpoolingMessageHandler implements MessageHandler {

    private static final Logger log = LoggerFactory.getLogger(SpoolingMessageHandler.class);
    private static final int MAX_ADDRESS = 512;
    /** The most the listener's own Received header may take: HELO name and recipient are each below 1,000 characters. */
    private static final int MAX_RECEIVED_HEADER = 4096;

    private final MessageContext context;
    private final Spool spool;
    private final long maxMessageSize;
    private final Clock clock;
    private String mailFrom = "";
    private final List<String> recipients = new ArrayList<>();

    private final EnvelopePolicy policy;
    /** Where the message came in: {@code smtp} (the listener) or {@code submission} (the submission port). */
    private final String source;
    /** What a submitted message becomes before it is spooled (signed by the unit); null on the listener. */
    private final @Nullable SubmissionSigning signing;

    SpoolingMessageHandler(
            MessageContext context, Spool spool, long maxMessageSize, Clock clock, EnvelopePolicy policy) {
        this(context, spool, maxMessageSize, clock, policy, "smtp");
    }

    SpoolingMessageHandler(
            MessageContext context,
            Spool spool,
            long maxMessageSize,
            Clock clock,
            EnvelopePolicy policy,
            String source) {
        this(context, spool, maxMessageSize, clock, policy, source, null);
    }

    SpoolingMessageHandler(
            MessageContext context,
            Spool spool,
            long maxMessageSize,
            Clock clock,
            EnvelopePolicy policy,
            String source,
            @Nullable SubmissionSigning signing) {
        this.signing = signing;
        this.source = source;
        this.context = context;
        this.policy = policy;
        this.spool = spool;
        this.maxMessageSize = maxMessageSize;
        this.clock = clock;
    }

    @Override
    public void from(String from) throws RejectException {
        String address = from == null ? "" : from;
        if (address.length() > MAX_ADDRESS || hasControlCharacters(address)) {
            throw new RejectException(553, "5.1.7 Bad sender address syntax");
        }
        policy.checkSender(address);
        if (ownSenderOnly()) {
            SubmittedSender.checkEnvelope(address, authenticatedUser());
        }
        try {
            spool.checkCapacity(0);
        } catch (SpoolFullException e) {
            throw new RejectException(452, "4.3.1 Insufficient system storage, try again later");
        } catch (IOException e) {
            throw new RejectException(451, "4.3.0 Temporary local problem, try again later");
        }
        mailFrom = address;
    }

    @Override
    public void recipient(String recipient) throws RejectException {
        if (recipient == null
                || recipient.isBlank()
                || recipient.length() > MAX_ADDRESS
                || hasControlCharacters(recipient)
                || !recipient.contains("@")) {
            throw new RejectException(553, "5.1.3 Bad recipient address syntax");
        }
        recipients.add(recipient);
    }

    @Override
    public String data(InputStream data) throws RejectException, IOException {
        try {
            return spool(readBounded(data));
        } catch (RejectException e) {
            endTransaction();
            throw e;
        }
    }

    private String spool(byte[] received) throws RejectException {
        byte[] raw = received;
        if (ownSenderOnly()) {
            SubmittedSender.checkHeader(raw, authenticatedUser());
        }
        Envelope envelope = new Envelope(
                mailFrom,
                recipients,
                remoteAddress(),
                context.getHelo().orElse(""),
                clock.instant(),
                source,
                authenticatedUser());
        policy.checkMessage(envelope, raw);
        if (signing != null) {
            raw = signing.apply(authenticatedUser(), raw);
        }
        try {
            SpoolEntry entry = spool.append(envelope, raw);
            return "2.0.0 Ok: queued as " + entry.id();
        } catch (SpoolFullException e) {
            log.warn("Refusing a message from {}: {}", envelope.remoteAddress(), e.getMessage());
            throw new RejectException(452, "4.3.1 Insufficient system storage, try again later");
        } catch (IOException e) {
            log.error("Refusing a message from {}: the spool failed", envelope.remoteAddress(), e);
            throw new RejectException(451, "4.3.0 Temporary local problem, try again later");
        }
    }

    /**
     * Clears the envelope after a refused DATA. The end of the mail data consumes the reverse-path
     * and forward-path buffers whatever the outcome (RFC 5321 §4.1.1.4), so the next MAIL starts
     * a new transaction. SubEthaSMTP 7.2.2 resets its session only after a 250: without this the
     * next MAIL would get 503 and a RCPT and DATA sent instead would reuse the refused envelope.
     */
    private void endTransaction() {
        mailFrom = "";
        recipients.clear();
        if (context instanceof Session session) {
            session.resetMailTransaction();
        }
    }

    @Override
    public void done() {
        // Nothing is held between transactions.
    }

    /**
     * Reads DATA up to the limit. Past it the rest is still read to the terminating dot, so
     * that message bytes are never taken for commands, and the message is refused with 552.
     *
     * <p>The limit applies to what the client sends (RFC 1870 §4 and §6), so a message of exactly
     * the advertised SIZE fits: the Received header that SubEthaSMTP puts in front of DATA is not
     * counted. Before the first read, {@code available()} is that header's length (the client's
     * bytes behind it report 0, and BDAT has no such header); it is capped in case a later
     * SubEthaSMTP reports buffered client bytes as well.
     */
    private byte[] readBounded(InputStream data) throws IOException, RejectException {
        int receivedHeader = Math.min(Math.max(data.available(), 0), MAX_RECEIVED_HEADER);
        long limit = maxMessageSize + receivedHeader;
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[16384];
        long total = 0;
        int read;
        while ((read = data.read(buffer)) != -1) {
            total += read;
            if (total <= limit) {
                out.write(buffer, 0, read);
            }
        }
        if (total > limit) {
            throw new RejectException(
                    552, "5.3.4 Message size exceeds fixed maximum message size (" + maxMessageSize + " bytes)");
        }
        return unstuffFirstLine(out.toByteArray(), receivedHeader);
    }

    /**
     * SubEthaSMTP's dot-unstuffing starts in mid-line, so a period the client stuffed in front of
     * the first line of DATA is kept. A first line starting with a period is always stuffed (an
     * unstuffed lone period would have ended DATA), so it is removed here (RFC 5321 §4.5.2).
     */
    private static byte[] unstuffFirstLine(byte[] message, int firstClientByte) {
        if (message.length <= firstClientByte || message[firstClientByte] != '.') {
            return message;
        }
        byte[] unstuffed = new byte[message.length - 1];
        System.arraycopy(message, 0, unstuffed, 0, firstClientByte);
        System.arraycopy(
                message, firstClientByte + 1, unstuffed, firstClientByte, message.length - firstClientByte - 1);
        return unstuffed;
    }

    /** Submitted mail is sent as the login only ({@link SubmittedSender}); received mail comes from anyone. */
    private boolean ownSenderOnly() {
        return source.equals(SubmissionIngress.SOURCE);
    }

    /** Who logged in with SMTP AUTH: trusted relays are recognised by it, submissions attributed to it. */
    private Optional<String> authenticatedUser() {
        return context.getAuthenticationHandler()
                .map(AuthenticationHandler::getIdentity)
                .map(String::valueOf);
    }

    private String remoteAddress() {
        if (context.getRemoteAddress() instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(context.getRemoteAddress());
    }

    private static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }
}
