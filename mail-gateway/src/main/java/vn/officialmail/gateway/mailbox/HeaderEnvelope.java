package vn.officialmail.gateway.mailbox;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.officialmail.gateway.spool.Envelope;

/**
 * The envelope of a message fetched from a mailbox, rebuilt from its headers only (Return-Path or
 * From; To, Cc, Bcc), as the archive import does. It depends on the content alone, so the same
 * message fetched from two mailboxes has the same envelope and therefore one message record.
 */
final class HeaderEnvelope {

    static final String SOURCE = "imap";
    private static final String UNDISCLOSED = "undisclosed-recipients@mailbox.invalid";

    private HeaderEnvelope() {}

    /**
     * @param serverAddress the IMAP server's IP address: {@code AuthenticateSender} believes its
     *     Authentication-Results only when it is one of the trusted relays
     * @param serverName the IMAP server's host name, in place of HELO
     */
    static Envelope of(byte[] raw, String serverAddress, String serverName, Instant receivedAt)
            throws MessagingException {
        InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(raw));
        Set<String> recipients = new LinkedHashSet<>();
        for (String name : List.of("To", "Cc", "Bcc")) {
            String value = headers.getHeader(name, ",");
            if (value != null) {
                for (InternetAddress address : lenient(value)) {
                    if (address.getAddress() != null && address.getAddress().contains("@")) {
                        recipients.add(address.getAddress().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        if (recipients.isEmpty()) {
            recipients.add(UNDISCLOSED);
        }
        return new Envelope(sender(headers), List.copyOf(recipients), serverAddress, serverName, receivedAt, SOURCE);
    }

    /** The Message-ID header as written, or empty. */
    static String messageId(byte[] raw) throws MessagingException {
        InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(raw));
        return Optional.ofNullable(headers.getHeader("Message-ID", null))
                .map(String::strip)
                .map(v -> v.length() > 998 ? v.substring(0, 998) : v)
                .orElse("");
    }

    private static InternetAddress[] lenient(String value) {
        try {
            return InternetAddress.parseHeader(value, false);
        } catch (AddressException e) {
            return new InternetAddress[0]; // a broken header names no recipient; the message is still taken
        }
    }

    private static String sender(InternetHeaders headers) {
        for (String name : List.of("Return-Path", "From")) {
            String value = headers.getHeader(name, ",");
            if (value == null) {
                continue;
            }
            InternetAddress[] parsed = lenient(value);
            if (parsed.length > 0
                    && parsed[0].getAddress() != null
                    && parsed[0].getAddress().contains("@")) {
                return parsed[0].getAddress();
            }
        }
        return "";
    }
}
