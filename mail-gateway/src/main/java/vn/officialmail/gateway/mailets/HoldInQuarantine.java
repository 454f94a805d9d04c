package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.message.MessageArchive;
import vn.officialmail.gateway.message.MessageState;

/**
 * Holds a mail intact in quarantine: kept, never delivered, never dropped, until released or
 * rejected with a reason (ARCHITECTURE.md, secret-marked mail). Sample:
 *
 * <pre>{@code
 * quarantine:
 *   - match: All
 *     mailet: HoldInQuarantine
 *     params: {reason: secret-by-mail}
 * }</pre>
 */
public final class HoldInQuarantine extends GenericMailet {

    private final MessageArchive archive;
    private String reason;

    public HoldInQuarantine(MessageArchive archive) {
        this.archive = archive;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of("reason"));
        reason = getInitParameter("reason", "policy");
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        byte[] raw = MailFacts.raw(mail);
        String key = MailFacts.key(mail, raw);
        archive.keepStopped(
                key,
                raw,
                sha256 -> MailFacts.newMessage(mail, key, sha256, raw),
                MessageState.QUARANTINED,
                reason,
                "quarantined");
        mail.setState(Mail.GHOST);
    }

    @Override
    public String getMailetInfo() {
        return "Holds mail in quarantine";
    }
}
