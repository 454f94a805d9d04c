package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.util.Optional;
import java.util.Set;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.content.MessageContent;
import vn.officialmail.gateway.processing.MailAttributes;
import vn.officialmail.gateway.registry.Registration;
import vn.officialmail.gateway.search.MessageIndexing;

/**
 * Indexes subject, body and attachment text with the message's metadata for full-text search
 * (ARCHITECTURE.md step 7), once the message's transaction commits. Needs ExtractContent and
 * RecordMessage before it. Sample:
 *
 * <pre>{@code
 * - match: All
 *   mailet: IndexMessage
 * }</pre>
 */
public final class IndexMessage extends GenericMailet {

    private final MessageIndexing indexing;

    public IndexMessage(MessageIndexing indexing) {
        this.indexing = indexing;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        long recordId = MailFacts.recordId(mail, "IndexMessage");
        MessageContent content = MailAttributes.object(mail, MailAttributes.CONTENT, MessageContent.class)
                .orElseThrow(() -> new MessagingException(
                        "IndexMessage needs ExtractContent before it: mail " + mail.getName() + " has no content"));
        Optional<ChannelVerdict> verdict =
                MailAttributes.object(mail, MailAttributes.CHANNEL_VERDICT, ChannelVerdict.class);
        Optional<Registration> registration =
                MailAttributes.object(mail, MailAttributes.REGISTRATION, Registration.class);
        indexing.indexAfterCommit(() -> new MessageIndexing.Facts(
                recordId,
                content,
                ExtractedTexts.of(mail).byOrdinal(),
                verdict.map(ChannelVerdict::senderAddress).orElse(""),
                verdict.map(ChannelVerdict::senderDomain).orElse(""),
                mail.getRecipients().stream().map(MailAddress::asString).toList(),
                verdict.map(v -> v.channel().name()).orElse(""),
                MailFacts.envelope(mail).receivedAt(),
                registration.flatMap(Registration::display)));
    }

    @Override
    public String getMailetInfo() {
        return "Indexes the message for full-text search";
    }
}
