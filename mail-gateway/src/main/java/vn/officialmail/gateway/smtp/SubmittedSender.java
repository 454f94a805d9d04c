package vn.officialmail.gateway.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import org.subethamail.smtp.RejectException;

/**
 * On the submission port a user sends as themself only (RFC 6409 §6.1): the reverse path and every
 * From address must be the login (a mail address). Otherwise a logged-in member of staff could send
 * as the minister through the gateway, and the verdict, aligned with the agency's own SPF, would
 * call it official.
 */
final class SubmittedSender {

    private SubmittedSender() {}

    /** At MAIL FROM: the reverse path is the login. */
    static void checkEnvelope(String mailFrom, Optional<String> login) throws RejectException {
        if (login.isEmpty()) {
            throw new RejectException(530, "5.7.0 Authentication required");
        }
        if (!owned(mailFrom, login.get())) {
            throw refusal(mailFrom.isEmpty() ? "<>" : mailFrom, login.get());
        }
    }

    /** After DATA: every From address of the header is the login; a message without one is refused too. */
    static void checkHeader(byte[] raw, Optional<String> login) throws RejectException {
        String user = login.orElseThrow(() -> new RejectException(530, "5.7.0 Authentication required"));
        String[] from;
        try {
            from = new InternetHeaders(new ByteArrayInputStream(raw)).getHeader("From");
        } catch (MessagingException e) {
            throw new RejectException(550, "5.6.0 Unreadable message header / tiêu đề thư không đọc được");
        }
        if (from == null || from.length != 1) {
            throw new RejectException(
                    550,
                    "5.6.0 Exactly one From field is required (RFC 5322 §3.6)" + " / thư phải có đúng một trường From");
        }
        InternetAddress[] addresses;
        try {
            addresses = InternetAddress.parseHeader(from[0], false);
        } catch (AddressException e) {
            throw new RejectException(550, "5.6.0 Unreadable From address / địa chỉ From không đọc được");
        }
        if (addresses.length == 0) {
            throw refusal("", user);
        }
        for (InternetAddress address : addresses) {
            if (!owned(address.getAddress(), user)) {
                throw refusal(address.getAddress(), user);
            }
        }
    }

    private static boolean owned(String address, String login) {
        return address != null
                && !address.isBlank()
                && address.strip().toLowerCase(Locale.ROOT).equals(login.strip().toLowerCase(Locale.ROOT));
    }

    private static RejectException refusal(String address, String login) {
        return new RejectException(
                553,
                "5.7.1 Tai khoan " + login + " khong duoc gui thu voi dia chi " + address + " / " + login
                        + " may not send as " + address);
    }
}
