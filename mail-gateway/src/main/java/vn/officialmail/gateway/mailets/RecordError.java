package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.util.Optional;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.message.MessageArchive;
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

    public RecordError(MessageArchive archive) {
        this.archive = archive;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        byte[] raw = MailFacts.raw(mail);
        String key = MailFacts.key(mail, raw);
        archive.keepStopped(
                key,
                raw,
                sha256 -> MailFacts.newMessage(mail, key, sha256, raw),
                MessageState.ERROR,
                Optional.ofNullable(mail.getErrorMessage()).orElse("unknown error"),
                "processing-failed");
        mail.setState(Mail.GHOST);
    }

    @Override
    public String getMailetInfo() {
        return "Keeps failed mail in the error repository";
    }
}
