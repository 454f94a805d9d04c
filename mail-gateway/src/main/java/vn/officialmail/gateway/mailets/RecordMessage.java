package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.util.Optional;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.content.AttachmentPart;
import vn.officialmail.gateway.content.MessageContent;
import vn.officialmail.gateway.message.MessageArchive;
import vn.officialmail.gateway.message.MessageRecord;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.message.NewMessage;
import vn.officialmail.gateway.message.RecipientJudgement;
import vn.officialmail.gateway.processing.MailAttributes;

/**
 * Keeps every accepted message: the original bit for bit in the content-addressed blob store and
 * a message record with its envelope, key headers, channel verdict and attachments
 * (ARCHITECTURE.md step 6). Idempotent per message key. Sample:
 *
 * <pre>{@code
 * - match: All
 *   mailet: RecordMessage
 * }</pre>
 */
public final class RecordMessage extends GenericMailet {

    private final MessageArchive archive;
    private final MessageRecords records;

    public RecordMessage(MessageArchive archive, MessageRecords records) {
        this.archive = archive;
        this.records = records;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        if (MailAttributes.longValue(mail, MailAttributes.MESSAGE_RECORD_ID).isPresent()) {
            return;
        }
        byte[] raw = MailFacts.raw(mail);
        String key = MailFacts.key(mail, raw);
        Optional<MessageRecord> existing = records.findByKey(key);
        if (existing.isPresent()) {
            MailAttributes.setLong(
                    mail, MailAttributes.MESSAGE_RECORD_ID, existing.get().id());
            return;
        }
        Optional<NewMessage.Verdict> verdict = MailAttributes.object(
                        mail, MailAttributes.CHANNEL_VERDICT, ChannelVerdict.class)
                .map(RecordMessage::verdictOf);
        long id = archive.create(raw, sha256 -> {
            NewMessage message = MailFacts.newMessage(mail, key, sha256, raw);
            return verdict.map(message::withVerdict).orElse(message);
        });
        MailAttributes.setLong(mail, MailAttributes.MESSAGE_RECORD_ID, id);
        Optional<MessageContent> content = MailAttributes.object(mail, MailAttributes.CONTENT, MessageContent.class);
        ExtractedTexts texts = ExtractedTexts.of(mail);
        content.ifPresent(c -> {
            for (AttachmentPart part : c.attachments()) {
                String sha = archive.keepAttachment(part.bytes());
                records.addAttachment(
                        id,
                        part.ordinal(),
                        part.fileName(),
                        part.mediaType(),
                        part.bytes().length,
                        sha,
                        texts.outcomeOf(part.ordinal()));
                records.addAttachmentParts(id, part.ordinal(), texts.partsOf(part.ordinal()));
            }
        });
    }

    @Override
    public String getMailetInfo() {
        return "Keeps the original and the message record";
    }

    private static NewMessage.Verdict verdictOf(ChannelVerdict v) {
        return new NewMessage.Verdict(
                v.channel().name(),
                v.reasons(),
                v.senderAddress(),
                v.senderDomain(),
                v.direction().name(),
                v.recipients().stream()
                        .map(r -> new RecipientJudgement(
                                r.address(), r.channel().name(), r.direction().name(), r.unitCode(), r.reason()))
                        .toList());
    }
}
