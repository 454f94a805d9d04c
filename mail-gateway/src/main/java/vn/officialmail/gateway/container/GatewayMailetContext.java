package vn.officialmail.gateway.container;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.mailet.HostAddress;
import org.apache.mailet.LookupException;
import org.apache.mailet.Mail;
import org.apache.mailet.MailetContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The world as mailets see it: logging through SLF4J, the agency's local domains, the postmaster,
 * and a way to send new mail — handed to the spool through {@link MailSubmission}, never sent
 * directly.
 *
 * <p>What a James server offers and the gateway does not: DNS lookups (trust checks use their own
 * resolver), delayed sending (the relay retries on its own) and local users (the gateway has no
 * mailboxes: an address is local when its domain is).
 */
public final class GatewayMailetContext implements MailetContext {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayMailetContext.class);
    private static final String INTERNAL_ADDRESS = "127.0.0.1";
    private static final String INTERNAL_HOST = "localhost";

    private final MailSubmission submission;
    private final Predicate<Domain> isLocalDomain;
    private final MailAddress postmaster;
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();

    /**
     * @param submission where new mail goes
     * @param isLocalDomain whether a domain is one of the agency's own
     * @param postmaster who sends bounces and receives what nobody else should
     */
    public GatewayMailetContext(MailSubmission submission, Predicate<Domain> isLocalDomain, MailAddress postmaster) {
        this.submission = Objects.requireNonNull(submission, "submission");
        this.isLocalDomain = Objects.requireNonNull(isLocalDomain, "isLocalDomain");
        this.postmaster = Objects.requireNonNull(postmaster, "postmaster");
    }

    @Override
    public int getMajorVersion() {
        return 3;
    }

    @Override
    public int getMinorVersion() {
        return 9;
    }

    @Override
    public String getServerInfo() {
        return "official-mail gateway";
    }

    @Deprecated
    @Override
    public Iterator<String> getAttributeNames() {
        return List.copyOf(attributes.keySet()).iterator();
    }

    @Deprecated
    @Override
    public @Nullable Object getAttribute(String name) {
        return attributes.get(name);
    }

    /** Sets a context attribute; a {@code null} value removes it. */
    @Deprecated
    @Override
    public void setAttribute(String name, @Nullable Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Deprecated
    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Deprecated
    @Override
    public void log(String message) {
        LOG.info(message);
    }

    @Deprecated
    @Override
    public void log(String message, Throwable t) {
        LOG.error(message, t);
    }

    @Deprecated
    @Override
    public void log(LogLevel level, String message) {
        log(level, message, null);
    }

    @Deprecated
    @Override
    public void log(LogLevel level, String message, @Nullable Throwable t) {
        switch (level) {
            case DEBUG -> LOG.debug(message, t);
            case INFO -> LOG.info(message, t);
            case WARN -> LOG.warn(message, t);
            case ERROR -> LOG.error(message, t);
        }
    }

    @Override
    public Logger getLogger() {
        return LOG;
    }

    @Override
    public MailAddress getPostmaster() {
        return postmaster;
    }

    @Override
    public boolean isLocalServer(Domain domain) {
        return isLocalDomain.test(domain);
    }

    /** Whether {@code name} is an address ({@code user@domain}) in a local domain. */
    @Deprecated
    @Override
    public boolean isLocalUser(String name) {
        if (name == null || name.indexOf('@') < 0) {
            return false;
        }
        try {
            return isLocalEmail(new MailAddress(name));
        } catch (AddressException e) {
            return false;
        }
    }

    /** Whether the address's domain is local: the gateway keeps no list of users. */
    @Override
    public boolean isLocalEmail(@Nullable MailAddress address) {
        return address != null && isLocalServer(address.getDomain());
    }

    @Deprecated
    @Override
    public Collection<String> getMailServers(Domain domain) {
        return List.of();
    }

    @Deprecated
    @Override
    public Iterator<HostAddress> getSMTPHostAddresses(Domain domain) {
        return Collections.emptyIterator();
    }

    /** Always fails: the gateway's trust checks resolve DNS themselves, with their own limits. */
    @Override
    public List<String> dnsLookup(String name, RecordType type) throws LookupException {
        throw new LookupException("DNS lookups are not available to mailets in this gateway");
    }

    /** Sends a message to its header recipients (To, Cc, Bcc), from its first {@code From} address. */
    @Override
    public void sendMail(MimeMessage message) throws MessagingException {
        Address[] from = message.getFrom();
        MailAddress sender = from == null || from.length == 0 ? null : toMailAddress(from[0]);
        Address[] to = message.getAllRecipients();
        List<MailAddress> recipients = new ArrayList<>();
        for (Address address : to == null ? new Address[0] : to) {
            recipients.add(toMailAddress(address));
        }
        sendMail(sender, recipients, message, Mail.DEFAULT);
    }

    @Override
    public void sendMail(@Nullable MailAddress sender, Collection<MailAddress> recipients, MimeMessage message)
            throws MessagingException {
        sendMail(sender, recipients, message, Mail.DEFAULT);
    }

    @Override
    public void sendMail(
            @Nullable MailAddress sender, Collection<MailAddress> recipients, MimeMessage message, String state)
            throws MessagingException {
        send(newMail(MaybeSender.of(sender), recipients, message), state);
    }

    @Override
    public void sendMail(Mail mail) throws MessagingException {
        sendMail(mail, Mail.DEFAULT);
    }

    @Override
    public void sendMail(Mail mail, String state) throws MessagingException {
        send(GatewayMail.copyOf(mail), state);
    }

    @Override
    public void sendMail(Mail mail, long delay, TimeUnit unit) throws MessagingException {
        sendMail(mail, Mail.DEFAULT, delay, unit);
    }

    /** Sends at once; a delay is refused, since the spool has no timer (the relay retries itself). */
    @Override
    public void sendMail(Mail mail, String state, long delay, TimeUnit unit) throws MessagingException {
        if (delay > 0) {
            throw new MessagingException("delayed sending is not available to mailets in this gateway: delay " + delay
                    + " " + unit + " for mail " + mail.getName() + "; allowed: 0");
        }
        sendMail(mail, state);
    }

    @Override
    public void bounce(Mail mail, String message) throws MessagingException {
        bounce(mail, message, postmaster);
    }

    /**
     * Sends the mail's sender a short notice that it was not delivered, from {@code bouncer}, with the
     * null reverse path so it cannot bounce again (RFC 5321 §4.5.5). Mail from the null sender is
     * not bounced. The full delivery status notification (RFC 3464) is the relay's.
     */
    @Override
    public void bounce(Mail mail, String message, @Nullable MailAddress bouncer) throws MessagingException {
        if (!mail.hasSender()) {
            LOG.info("Not bouncing mail {}: it has the null sender ({})", mail.getName(), message);
            return;
        }
        MailAddress sender = mail.getMaybeSender().get();
        MimeMessage notice = SimpleBounce.of(mail, message, bouncer == null ? postmaster : bouncer);
        send(newMail(MaybeSender.nullSender(), List.of(sender), notice), Mail.DEFAULT);
    }

    private void send(GatewayMail mail, String state) throws MessagingException {
        mail.setAttribute(Mail.SENT_BY_MAILET_ATTRIBUTE);
        mail.setState(state);
        LOG.debug("Submitting mail {} from a mailet in state {}", mail.getName(), state);
        submission.submit(mail, state);
    }

    private static GatewayMail newMail(MaybeSender sender, Collection<MailAddress> recipients, MimeMessage message)
            throws MessagingException {
        if (recipients.isEmpty()) {
            throw new MessagingException("a mail sent by a mailet needs at least one recipient; message "
                    + message.getMessageID() + " has none");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("Failed to serialize a message sent by a mailet: " + e.getMessage(), e);
        }
        return new GatewayMail(
                "mailet-" + UUID.randomUUID(), sender, recipients, out.toByteArray(), INTERNAL_ADDRESS, INTERNAL_HOST);
    }

    private static MailAddress toMailAddress(Address address) throws AddressException {
        if (address instanceof InternetAddress internet) {
            return new MailAddress(internet.getAddress());
        }
        return new MailAddress(address.toString());
    }
}
