package vn.officialmail.gateway.spool;

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

/**
 * The envelope of a message that did not arrive by SMTP (fetched from a mailbox, imported from an
 * archive), rebuilt from its headers only (Return-Path or From; To, Cc, Bcc). It depends on the content
 * alone, so the same message fetched from two mailboxes has the same envelope and therefore one
 * message record. Broken address fields name no one; the message is still taken.
 */
public final class HeaderEnvelope {

    private HeaderEnvelope() {}

    /**
     * @param remoteAddress where it came from: for a mailbox the IMAP server's IP address
     *     ({@code AuthenticateSender} believes its Authentication-Results only when it is one of the
     *     trusted relays)
     * @param helo in place of HELO: the IMAP server's host name, or the importer's name
     * @param source {@code imap}, {@code import}: also names the placeholder recipient of a message
     *     that names none
     */
    public static Envelope of(byte[] raw, String remoteAddress, String helo, Instant receivedAt, String source)
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
            recipients.add(undisclosed(source));
        }
        return new Envelope(sender(headers), List.copyOf(recipients), remoteAddress, helo, receivedAt, source);
    }

    // As earlier versions wrote them: a message's key depends on its envelope, so the same message
    // imported or fetched again must get the same placeholder to be found as the same record.
    private static String undisclosed(String source) {
        return "undisclosed-recipients@" + ("imap".equals(source) ? "mailbox" : source) + ".invalid";
    }

    /** The Message-ID header as written, or empty. */
    public static String messageId(byte[] raw) throws MessagingException {
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
