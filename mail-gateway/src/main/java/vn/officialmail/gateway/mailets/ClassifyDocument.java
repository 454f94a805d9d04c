package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.classification.DocumentClassifications;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.classification.DocumentFactsClassifier;
import vn.officialmail.gateway.content.MessageContent;
import vn.officialmail.gateway.processing.MailAttributes;

/**
 * Classifies the message against the catalogue of official document types and extracts the legal
 * metadata and the secrecy and urgency marks (REQUIREMENTS.md R2, R3), stores the result with the
 * message and leaves it on the mail for the register, the index and the policy. Needs
 * ExtractContent and RecordMessage before it. Sample:
 *
 * <pre>{@code
 * - match: All
 *   mailet: ClassifyDocument
 * }</pre>
 */
public final class ClassifyDocument extends GenericMailet {

    private final DocumentFactsClassifier classifier;
    private final DocumentClassifications classifications;

    public ClassifyDocument(DocumentFactsClassifier classifier, DocumentClassifications classifications) {
        this.classifier = classifier;
        this.classifications = classifications;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        long recordId = MailFacts.recordId(mail, "ClassifyDocument");
        MessageContent content = MailAttributes.object(mail, MailAttributes.CONTENT, MessageContent.class)
                .orElseThrow(() -> new MessagingException(
                        "ClassifyDocument needs ExtractContent before it: mail " + mail.getName() + " has no content"));
        DocumentFacts facts =
                classifier.classify(content, ExtractedTexts.of(mail).byOrdinal());
        classifications.save(recordId, facts);
        MailAttributes.setObject(mail, MailAttributes.CLASSIFICATION, facts);
    }

    @Override
    public String getMailetInfo() {
        return "Classifies the official document type and reads its legal metadata and marks";
    }
}
