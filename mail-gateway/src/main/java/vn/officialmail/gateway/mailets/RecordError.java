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
 * The error repository: keeps a mail whose processing failed, with the reason, in state ERROR
 * until an operator reprocesses it ({@code official-mail reprocess}). Nothing is dropped.
 * Sample:
 *
 * <pre>{@code
 * error:
 *   - match: All
 *     mailet: RecordError
 * }</pre>
 */
public final class RecordError extends GenericMailet {

    private final MessageArchive archive;
    private final MessageRecords records;
    private final AuditLog audit;
    private final Clock clock;

    public RecordError(MessageArchive archive, MessageRecords records, AuditLog audit, Clock clock) {
        this.archive = archive;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        byte[] raw = MailFacts.raw(mail);
        String key = MailFacts.key(mail, raw);
        long id = archive.keep(key, raw, sha256 -> MailFacts.newMessage(mail, key, sha256, raw));
        String reason = Optional.ofNullable(mail.getErrorMessage()).orElse("unknown error");
        records.markState(id, MessageState.ERROR, Optional.of(reason), clock.instant());
        audit.record("gateway", "processing-failed", "message", Long.toString(id), Map.of("reason", reason));
        mail.setState(Mail.GHOST);
    }

    @Override
    public String getMailetInfo() {
        return "Keeps failed mail in the error repository";
    }
}
