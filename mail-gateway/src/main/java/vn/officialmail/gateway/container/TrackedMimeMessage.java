package vn.officialmail.gateway.container;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;

/**
 * A message parsed from a {@link GatewayMail}'s raw bytes that notices when a mailet changes it, so
 * the raw bytes stay those received until there is a change. The content stays in the shared input
 * stream: parsing copies no body bytes.
 *
 * <p>Every header and content setter of {@link MimeMessage} ends in one of the overridden methods;
 * a change deep inside a multipart is seen at {@link #saveChanges()}, which James mailets call after
 * every change.
 */
final class TrackedMimeMessage extends MimeMessage {
    private boolean changed;
    private boolean contentChanged;

    TrackedMimeMessage(Session session, byte[] raw) throws MessagingException {
        super(session, new SharedByteArrayInputStream(raw));
        changed = false;
        contentChanged = false;
    }

    boolean changed() {
        return changed;
    }

    boolean contentChanged() {
        return contentChanged;
    }

    void markChanged() {
        changed = true;
    }

    void markSerialized() {
        changed = false;
    }

    @Override
    public void setHeader(String name, String value) throws MessagingException {
        changed = true;
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) throws MessagingException {
        changed = true;
        super.addHeader(name, value);
    }

    @Override
    public void removeHeader(String name) throws MessagingException {
        changed = true;
        super.removeHeader(name);
    }

    @Override
    public void addHeaderLine(String line) throws MessagingException {
        changed = true;
        super.addHeaderLine(line);
    }

    @Override
    public synchronized void setDataHandler(DataHandler handler) throws MessagingException {
        changed = true;
        contentChanged = true;
        super.setDataHandler(handler);
    }

    @Override
    public void saveChanges() throws MessagingException {
        changed = true;
        super.saveChanges();
        contentChanged = false;
    }

    /** Keeps the message's identity through changes (RFC 5322 §3.6.4), as James's wrapper does. */
    @Override
    protected void updateMessageID() throws MessagingException {
        if (getHeader("Message-ID") == null) {
            super.updateMessageID();
        }
    }
}
