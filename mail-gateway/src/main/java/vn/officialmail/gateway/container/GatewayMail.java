package vn.officialmail.gateway.container;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.Mail;
import org.apache.mailet.PerRecipientHeaders;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Mail} that keeps the message's raw RFC 5322 bytes exactly as received and parses a
 * {@link MimeMessage} from them only when a mailet first asks for it.
 *
 * <p>Why: the blob store hashes, DKIM verifies and the relay forwards the bytes that arrived, so they
 * must not be rewritten by a parse-and-serialize round trip. {@link #raw()} returns them unchanged
 * until a mailet changes the message — through {@link #setMessage}, a header or content setter, or
 * {@link MimeMessage#saveChanges()} (James mailets call it after every change) — and from then on the
 * changed message, serialized. A changed message keeps its {@code Message-ID} (RFC 5322 §3.6.4), as
 * in James.
 *
 * <p>One mail is processed by one thread at a time; this class is not thread-safe.
 */
public final class GatewayMail implements Mail {
    private static final long serialVersionUID = 1L;
    private static final Session SESSION = Session.getInstance(new Properties());

    private String name;
    private final MaybeSender sender;
    private List<MailAddress> recipients;
    private byte[] raw;
    private transient @Nullable MimeMessage message;
    private final String remoteAddr;
    private final String remoteHost;
    private String state = Mail.DEFAULT;
    private @Nullable String errorMessage;
    private final LinkedHashMap<AttributeName, Attribute> attributes = new LinkedHashMap<>();
    private final PerRecipientHeaders perRecipientHeaders = new PerRecipientHeaders();
    private Date lastUpdated = new Date();
    private int duplicates;

    /**
     * A mail in state {@code root}.
     *
     * @param name a unique name, used in logs and for {@link #duplicate()}
     * @param sender the SMTP reverse path; {@link MaybeSender#nullSender()} for {@code <>}
     * @param recipients the SMTP forward paths
     * @param raw the message as received; copied, never changed
     * @param remoteAddr the client's IP address
     * @param remoteHost the client's host name, or its address when it has none
     */
    public GatewayMail(
            String name,
            MaybeSender sender,
            Collection<MailAddress> recipients,
            byte[] raw,
            String remoteAddr,
            String remoteHost) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a mail needs a name that is not blank: '" + name + "'");
        }
        this.name = name;
        this.sender = Objects.requireNonNull(sender, "sender (use MaybeSender.nullSender() for <>)");
        this.recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
        this.raw = Objects.requireNonNull(raw, "raw").clone();
        this.remoteAddr = Objects.requireNonNull(remoteAddr, "remoteAddr");
        this.remoteHost = Objects.requireNonNull(remoteHost, "remoteHost");
    }

    /**
     * The raw bytes of any mail: a {@code GatewayMail}'s {@link #raw()}, or another mail's message
     * (e.g. James's {@code FakeMail}) serialized with {@link MimeMessage#writeTo}.
     *
     * @return empty when the mail has no message
     * @throws IllegalStateException when the message cannot be serialized
     */
    public static Optional<byte[]> rawOf(Mail mail) {
        if (mail instanceof GatewayMail gatewayMail) {
            return Optional.of(gatewayMail.raw());
        }
        try {
            MimeMessage message = mail.getMessage();
            return message == null ? Optional.empty() : Optional.of(serialize(message));
        } catch (MessagingException e) {
            throw new IllegalStateException("Failed to serialize the message of mail " + mail.getName(), e);
        }
    }

    /**
     * A {@code GatewayMail} with the same name, envelope, message, state and attributes as any mail,
     * for handing a mailet's mail to the spool.
     */
    static GatewayMail copyOf(Mail mail) throws MessagingException {
        byte[] bytes = rawOf(mail)
                .orElseThrow(() -> new MessagingException("mail " + mail.getName() + " has no message to send"));
        GatewayMail copy = new GatewayMail(
                mail.getName(),
                mail.getMaybeSender(),
                mail.getRecipients(),
                bytes,
                Objects.requireNonNullElse(mail.getRemoteAddr(), "127.0.0.1"),
                Objects.requireNonNullElse(mail.getRemoteHost(), "localhost"));
        copy.copyProcessingStateFrom(mail);
        return copy;
    }

    /**
     * The message's bytes: as received, bit for bit, until a mailet changes the message; the changed
     * message serialized afterwards.
     *
     * @return a copy the caller may keep
     * @throws IllegalStateException when a changed message cannot be serialized
     */
    public byte[] raw() {
        try {
            return currentRaw().clone();
        } catch (MessagingException e) {
            throw new IllegalStateException("Failed to serialize the changed message of mail " + name, e);
        }
    }

    private byte[] currentRaw() throws MessagingException {
        if (message instanceof TrackedMimeMessage tracked) {
            if (tracked.changed()) {
                raw = serialize(tracked);
                tracked.markSerialized();
            }
        } else if (message != null) {
            // set by a mailet: it may still change it without telling us
            raw = serialize(message);
        }
        return raw;
    }

    private static byte[] serialize(MimeMessage message) throws MessagingException {
        if (message instanceof TrackedMimeMessage tracked && tracked.contentChanged()) {
            tracked.saveChanges(); // writeTo ignores a new content until saveChanges
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("Failed to serialize message: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    @Override
    public MimeMessage getMessage() throws MessagingException {
        if (message == null) {
            message = new TrackedMimeMessage(SESSION, raw);
        }
        return message;
    }

    @Override
    public void setMessage(MimeMessage message) throws MessagingException {
        Objects.requireNonNull(message, "message");
        if (message instanceof TrackedMimeMessage tracked) {
            tracked.markChanged();
        }
        this.message = message;
    }

    @Override
    public long getMessageSize() throws MessagingException {
        return currentRaw().length;
    }

    @Override
    public GatewayMail duplicate() throws MessagingException {
        duplicates++;
        GatewayMail copy =
                new GatewayMail(name + "-" + duplicates, sender, recipients, currentRaw(), remoteAddr, remoteHost);
        copy.copyProcessingStateFrom(this);
        return copy;
    }

    private void copyProcessingStateFrom(Mail mail) {
        state = Objects.requireNonNullElse(mail.getState(), Mail.DEFAULT);
        errorMessage = mail.getErrorMessage();
        mail.attributes().forEach(attribute -> attributes.put(attribute.getName(), attribute.duplicate()));
        perRecipientHeaders.addAll(mail.getPerRecipientSpecificHeaders());
        Date updated = mail.getLastUpdated();
        lastUpdated = updated == null ? new Date() : new Date(updated.getTime());
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public Collection<MailAddress> getRecipients() {
        return recipients;
    }

    @Override
    public void setRecipients(Collection<MailAddress> recipients) {
        this.recipients = List.copyOf(recipients);
    }

    @Deprecated
    @Override
    public @Nullable MailAddress getSender() {
        return sender.asOptional().orElse(null);
    }

    @Override
    public MaybeSender getMaybeSender() {
        return sender;
    }

    @Override
    public String getState() {
        return state;
    }

    @Override
    public void setState(String state) {
        this.state = state;
    }

    @Override
    public String getRemoteHost() {
        return remoteHost;
    }

    @Override
    public String getRemoteAddr() {
        return remoteAddr;
    }

    @Override
    public @Nullable String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        this.errorMessage = errorMessage;
    }

    @Override
    public Stream<Attribute> attributes() {
        return List.copyOf(attributes.values()).stream();
    }

    @Override
    public Map<AttributeName, Attribute> attributesMap() {
        return Map.copyOf(attributes);
    }

    @Deprecated
    @Override
    public @Nullable Serializable getAttribute(String name) {
        return toSerializable(attributes.get(AttributeName.of(name)));
    }

    @Override
    public Optional<Attribute> getAttribute(AttributeName name) {
        return Optional.ofNullable(attributes.get(name));
    }

    @Deprecated
    @Override
    public Iterator<String> getAttributeNames() {
        return attributes.keySet().stream()
                .map(AttributeName::asString)
                .toList()
                .iterator();
    }

    @Override
    public Stream<AttributeName> attributeNames() {
        return List.copyOf(attributes.keySet()).stream();
    }

    @Override
    public boolean hasAttributes() {
        return !attributes.isEmpty();
    }

    @Deprecated
    @Override
    public @Nullable Serializable removeAttribute(String name) {
        return toSerializable(attributes.remove(AttributeName.of(name)));
    }

    @Override
    public Optional<Attribute> removeAttribute(AttributeName name) {
        return Optional.ofNullable(attributes.remove(name));
    }

    @Override
    public void removeAllAttributes() {
        attributes.clear();
    }

    @Deprecated
    @Override
    public @Nullable Serializable setAttribute(String name, @Nullable Serializable value) {
        if (value == null) {
            return removeAttribute(name);
        }
        Attribute attribute = Attribute.convertToAttribute(name, value);
        return toSerializable(attributes.put(attribute.getName(), attribute));
    }

    @Override
    public Optional<Attribute> setAttribute(Attribute attribute) {
        return Optional.ofNullable(attributes.put(attribute.getName(), attribute));
    }

    private static @Nullable Serializable toSerializable(@Nullable Attribute attribute) {
        return attribute != null && attribute.getValue().value() instanceof Serializable value ? value : null;
    }

    @Override
    public void addSpecificHeaderForRecipient(PerRecipientHeaders.Header header, MailAddress recipient) {
        perRecipientHeaders.addHeaderForRecipient(header, recipient);
    }

    @Override
    public PerRecipientHeaders getPerRecipientSpecificHeaders() {
        return perRecipientHeaders;
    }

    @Override
    public Date getLastUpdated() {
        return new Date(lastUpdated.getTime());
    }

    @Override
    public void setLastUpdated(Date lastUpdated) {
        this.lastUpdated = new Date(lastUpdated.getTime());
    }

    @Override
    public String toString() {
        return "GatewayMail[name=" + name + ", state=" + state + ", sender=" + sender.asString() + ", recipients="
                + recipients + ", " + raw.length + " bytes]";
    }
}
