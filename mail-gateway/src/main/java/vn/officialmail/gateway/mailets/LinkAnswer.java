package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.content.AttachmentText;
import vn.officialmail.gateway.content.MessageContent;
import vn.officialmail.gateway.handling.DocumentAnswers;
import vn.officialmail.gateway.processing.MailAttributes;

/**
 * Links an official document of the agency that answers a registered incoming document (văn bản
 * phúc đáp, Decree 30/2020 Art. 24) to it, by the quoted "trả lời Công văn số 123/BTP-VP ngày …" in
 * its body or attachments, or by its thread (In-Reply-To/References naming the original's
 * message), and closes the original's handling with the answer recorded. Only classified
 * documents from a proven sender of the agency count, so a colleague's "noted" in the thread
 * closes nothing. Runs after {@code ClassifyDocument}. Sample:
 *
 * <pre>{@code
 * - mailet: LinkAnswer
 * }</pre>
 */
public final class LinkAnswer extends GenericMailet {

    private static final String UNCLASSIFIED = "unclassified";

    private final DocumentAnswers answers;

    public LinkAnswer(DocumentAnswers answers) {
        this.answers = answers;
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
        Optional<DocumentFacts> facts = MailAttributes.object(mail, MailAttributes.CLASSIFICATION, DocumentFacts.class)
                .filter(f -> !UNCLASSIFIED.equals(f.type()));
        if (facts.isEmpty()) {
            return;
        }
        Optional<String> sender = RecordHandlingReply.provenSender(mail);
        if (sender.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        MailAttributes.object(mail, MailAttributes.CONTENT, MessageContent.class)
                .map(MessageContent::body)
                .ifPresent(texts::add);
        ExtractedTexts.of(mail).byOrdinal().values().stream()
                .map(AttachmentText::text)
                .filter(t -> t != null && !t.isEmpty())
                .forEach(texts::add);
        MimeMessage message = mail.getMessage();
        List<String> thread = new ArrayList<>();
        for (String name : List.of("In-Reply-To", "References")) {
            String[] values = message == null ? null : message.getHeader(name);
            if (values != null) {
                thread.addAll(List.of(values));
            }
        }
        answers.link(sender.get(), texts, thread, facts.get().numberSymbol(), MailFacts.recordId(mail, "LinkAnswer"));
    }

    @Override
    public String getMailetInfo() {
        return "Links answering documents to the incoming documents they answer and closes their handling";
    }
}
