package vn.officialmail.gateway.processing;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Clock;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.container.GatewayMail;
import vn.officialmail.gateway.container.MailSubmission;
import vn.officialmail.gateway.spool.Envelope;
import vn.officialmail.gateway.spool.Spool;

/** Mail created by mailets (notices, bounces) goes through the durable spool like any other. */
@Component
final class SpoolSubmission implements MailSubmission {

    private final Spool spool;
    private final Clock clock;

    SpoolSubmission(Spool spool, Clock clock) {
        this.spool = spool;
        this.clock = clock;
    }

    @Override
    public void submit(Mail mail, String state) throws MessagingException {
        byte[] raw = GatewayMail.rawOf(mail)
                .orElseThrow(() -> new MessagingException("Mail " + mail.getName() + " has no content"));
        Envelope envelope = new Envelope(
                mail.getMaybeSender().asString(""),
                mail.getRecipients().stream().map(MailAddress::asString).toList(),
                "127.0.0.1",
                "localhost",
                clock.instant(),
                "internal");
        try {
            spool.append(envelope, raw);
        } catch (IOException e) {
            throw new MessagingException("Cannot spool mail " + mail.getName() + " created by a mailet", e);
        }
    }
}
