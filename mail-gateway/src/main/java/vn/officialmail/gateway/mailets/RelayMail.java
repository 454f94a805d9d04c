package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.processing.MailAttributes;
import vn.officialmail.gateway.relay.RelayQueue;

/**
 * Orders delivery of the original (or the copy {@link TagRelayedCopy} labelled) to the next hop (inline mode; nothing in journal mode). The
 * order commits with the message's record, so a replay never relays twice; the relay worker
 * delivers it with retry, backoff and a DSN when it gives up (RFC 5321 §4.5.4, RFC 3464).
 * The mail ends here (ghost). Sample:
 *
 * <pre>{@code
 * - match: All
 *   mailet: RelayMail
 * }</pre>
 */
public final class RelayMail extends GenericMailet {

    private final RelayQueue queue;

    public RelayMail(RelayQueue queue) {
        this.queue = queue;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        long recordId = MailFacts.recordId(mail, "RelayMail");
        String mailFrom = mail.getMaybeSender().asString("");
        List<String> recipients =
                mail.getRecipients().stream().map(MailAddress::asString).toList();
        Optional<String> copy = MailAttributes.string(mail, MailAttributes.RELAY_COPY);
        if (copy.isPresent()) {
            queue.enqueueCopy(recordId, copy.get(), mailFrom, recipients);
        } else {
            queue.enqueue(recordId, mailFrom, recipients);
        }
        mail.setState(Mail.GHOST);
    }

    @Override
    public String getMailetInfo() {
        return "Queues the original for relay to the next hop";
    }
}
