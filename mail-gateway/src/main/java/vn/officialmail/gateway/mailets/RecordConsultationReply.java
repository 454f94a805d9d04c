package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.content.MessageContent;
import vn.officialmail.gateway.handling.Consultations;
import vn.officialmail.gateway.processing.MailAttributes;

/**
 * Records a unit's comments on a draft from its reply to the request (by thread, RFC 5322 §3.6.4,
 * or "[Lấy ý kiến #12]" in the subject); the unit is the proven sender's unit in the directory and
 * must be one that was asked. Runs after {@link RecordMessage} and {@code ExtractContent}. Sample:
 *
 * <pre>{@code
 * - mailet: RecordConsultationReply
 * }</pre>
 */
public final class RecordConsultationReply extends GenericMailet {

    private final Consultations consultations;

    public RecordConsultationReply(Consultations consultations) {
        this.consultations = consultations;
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
        MimeMessage message = mail.getMessage();
        List<String> thread = new ArrayList<>();
        for (String name : List.of("In-Reply-To", "References")) {
            String[] values = message == null ? null : message.getHeader(name);
            if (values != null) {
                thread.addAll(List.of(values));
            }
        }
        String subject = MailFacts.subject(mail).orElse("");
        if (thread.isEmpty() && !subject.contains("#")) {
            return; // neither in a thread nor tagged: no question to the database
        }
        Optional<String> sender = RecordHandlingReply.provenSender(mail);
        if (sender.isEmpty()) {
            return;
        }
        String body = MailAttributes.object(mail, MailAttributes.CONTENT, MessageContent.class)
                .map(MessageContent::body)
                .orElse("");
        consultations.recordReply(
                thread, subject, sender.get(), body, MailFacts.recordId(mail, "RecordConsultationReply"));
    }

    @Override
    public String getMailetInfo() {
        return "Records units' comments on drafts sent out for comments";
    }
}
