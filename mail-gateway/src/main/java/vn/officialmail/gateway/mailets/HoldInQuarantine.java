package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.message.MessageArchive;
import vn.officialmail.gateway.message.MessageRecords;
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
    private final MessageRecords records;
    private final AuditLog audit;
    private final Clock clock;
    private String reason;

    public HoldInQuarantine(MessageArchive archive, MessageRecords records, AuditLog audit, Clock clock) {
        this.archive = archive;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
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
        long id = archive.keep(key, raw, sha256 -> MailFacts.newMessage(mail, key, sha256, raw));
        records.markState(id, MessageState.QUARANTINED, Optional.of(reason), clock.instant());
        audit.record("gateway", "quarantined", "message", Long.toString(id), Map.of("reason", reason));
        mail.setState(Mail.GHOST);
    }

    @Override
    public String getMailetInfo() {
        return "Holds mail in quarantine";
    }
}
