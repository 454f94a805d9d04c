package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.content.MessageContent;
import vn.officialmail.gateway.handling.ConsultationMail;
import vn.officialmail.gateway.handling.ConsultationRequests;
import vn.officialmail.gateway.processing.MailAttributes;
import vn.officialmail.gateway.relay.OwnMessages;

/**
 * Opens a request for comments on a draft (lấy ý kiến) written as an e-mail: subject "[Lấy ý kiến]
 * …", a line "Hạn góp ý: dd/mm/yyyy" and the units in a line "Đơn vị góp ý: …" or as the shared
 * mailboxes it is addressed to. The gateway registers it, sends the message with its draft to each
 * unit and tells the sender the request's number, or why it could not be sent. Only a proven
 * sender of the agency may ask. Runs after {@link RecordMessage} and {@code ExtractContent}. Sample:
 *
 * <pre>{@code
 * - mailet: OpenConsultation
 * }</pre>
 */
public final class OpenConsultation extends GenericMailet {

    private final ConsultationRequests requests;

    public OpenConsultation(ConsultationRequests requests) {
        this.requests = requests;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        if (RecordHandlingReply.isAutomatic(mail)) {
            return;
        }
        String subject = MailFacts.subject(mail).orElse("");
        if (!ConsultationMail.isRequest(subject)) {
            return;
        }
        Optional<String> sender = RecordHandlingReply.provenSender(mail);
        if (sender.isEmpty()) {
            return;
        }
        Optional<MessageContent> content = MailAttributes.object(mail, MailAttributes.CONTENT, MessageContent.class);
        String body = content.map(MessageContent::body).orElse("");
        // The draft documents are the attached files; parts without a name (inline images) are not.
        List<OwnMessages.Attachment> files = content.map(MessageContent::attachments).orElse(List.of()).stream()
                .filter(part -> part.fileName().isPresent())
                .map(part -> new OwnMessages.Attachment(part.fileName().get(), part.mediaType(), part.bytes()))
                .toList();
        List<String> recipients = MailFacts.envelope(mail).recipients();
        requests.openByMail(
                ConsultationMail.read(subject, body).orElseThrow(),
                sender.get(),
                recipients,
                MailFacts.raw(mail),
                files,
                MailFacts.recordId(mail, "OpenConsultation"),
                Optional.ofNullable(
                        mail.getMessage() == null ? null : mail.getMessage().getMessageID()));
    }

    @Override
    public String getMailetInfo() {
        return "Opens requests for comments on drafts sent by e-mail";
    }
}
