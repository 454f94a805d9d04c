package vn.officialmail.gateway.channel;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The addresses of a message's headers the channel verdict needs; tolerant of broken headers. */
final class MessageAddresses {

    private MessageAddresses() {}

    /** The first usable From address, lower case. */
    static Optional<String> from(MimeMessage message) {
        try {
            String[] raw = message.getHeader("From");
            if (raw == null || raw.length == 0) {
                return Optional.empty();
            }
            Address[] parsed = InternetAddress.parseHeader(raw[0], false);
            for (Address address : parsed) {
                if (address instanceof InternetAddress internet
                        && internet.getAddress() != null
                        && internet.getAddress().contains("@")) {
                    return Optional.of(internet.getAddress().toLowerCase(Locale.ROOT));
                }
            }
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.empty();
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    /** To, Cc and Bcc of the header, for mail judged without an envelope; unreadable ones skipped. */
    static List<String> recipients(MimeMessage message) {
        List<String> found = new ArrayList<>();
        for (Message.RecipientType type :
                List.of(Message.RecipientType.TO, Message.RecipientType.CC, Message.RecipientType.BCC)) {
            try {
                String[] raw = message.getHeader(type.toString());
                if (raw == null) {
                    continue;
                }
                for (String header : raw) {
                    for (Address address : InternetAddress.parseHeader(header, false)) {
                        if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                            found.add(internet.getAddress());
                        }
                    }
                }
            } catch (MessagingException e) {
                // a broken header names no recipient we could judge; the others still count
            }
        }
        return found;
    }
}
