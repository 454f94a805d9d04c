package vn.officialmail.classifier.message;

import java.util.List;
import java.util.Optional;
import vn.officialmail.classifier.classify.Classification;
import vn.officialmail.classifier.marking.Markings;
import vn.officialmail.config.catalogue.DocumentType;

/**
 * The type of one e-mail message, and how each part was read.
 *
 * @param type the message's catalogue type, empty when {@code unclassified} (goes to review)
 * @param confidence 0 to 1
 * @param reasons Vietnamese sentences, strongest first
 * @param decidingAttachment the file name of the attachment whose header decided, if one did
 * @param body the body's classification (with the subject)
 * @param attachments each attachment's classification, in order
 * @param markings the highest secrecy and urgency marks over the subject, body and attachments
 */
public record MessageClassification(
        Optional<DocumentType> type,
        double confidence,
        List<String> reasons,
        Optional<String> decidingAttachment,
        Classification body,
        List<AttachmentClassification> attachments,
        Markings markings) {

    public MessageClassification {
        reasons = List.copyOf(reasons);
        attachments = List.copyOf(attachments);
    }

    /** The catalogue id of the type, or {@value Classification#UNCLASSIFIED}. */
    public String typeId() {
        return type.map(DocumentType::id).orElse(Classification.UNCLASSIFIED);
    }

    /** The Vietnamese type name as written in the catalogue, or empty. */
    public Optional<String> typeName() {
        return type.map(DocumentType::name);
    }

    /** Whether a type was decided. */
    public boolean isClassified() {
        return type.isPresent();
    }
}
