package vn.officialmail.gateway.container;

import jakarta.mail.internet.AddressException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;

/** Small real messages and mails for container tests. */
final class TestMails {
    static final String SENDER = "vanthu@hanoi.gov.vn";

    private TestMails() {}

    /** A plain RFC 5322 message with CRLF line ends. */
    static byte[] message(String subject) {
        return ("From: Văn thư <" + SENDER + ">\r\n"
                        + "To: a@x.gov.vn\r\n"
                        + "Subject: " + subject + "\r\n"
                        + "Message-ID: <m1@hanoi.gov.vn>\r\n"
                        + "MIME-Version: 1.0\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n"
                        + "\r\n"
                        + "Kính gửi các đơn vị.\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static GatewayMail mail(String name, String... recipients) {
        try {
            List<MailAddress> addresses = new ArrayList<>();
            for (String recipient : recipients) {
                addresses.add(new MailAddress(recipient));
            }
            return new GatewayMail(
                    name,
                    MaybeSender.of(new MailAddress(SENDER)),
                    addresses,
                    message("Giay moi hop"),
                    "203.0.113.7",
                    "mx.hanoi.gov.vn");
        } catch (AddressException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
