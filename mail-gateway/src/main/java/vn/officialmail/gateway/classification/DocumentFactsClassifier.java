package vn.officialmail.gateway.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.officialmail.classifier.classify.Classification;
import vn.officialmail.classifier.header.DocumentHeader;
import vn.officialmail.classifier.header.Field;
import vn.officialmail.classifier.message.Attachment;
import vn.officialmail.classifier.message.AttachmentClassification;
import vn.officialmail.classifier.message.MailContent;
import vn.officialmail.classifier.message.MessageClassification;
import vn.officialmail.classifier.message.MessageClassifier;
import vn.officialmail.gateway.content.AttachmentPart;
import vn.officialmail.gateway.content.AttachmentText;
import vn.officialmail.gateway.content.MessageContent;

/**
 * Classifies a parsed message with the classifier library (subject, body and each attachment's
 * extracted text combined into one type, REQUIREMENTS.md R2) and reads the legal metadata from
 * the part that decided it.
 */
public final class DocumentFactsClassifier {

    private static final String BODY = "tiêu đề và nội dung thư";

    private final MessageClassifier classifier;

    public DocumentFactsClassifier(MessageClassifier classifier) {
        this.classifier = classifier;
    }

    public DocumentFacts classify(MessageContent content, Map<Integer, AttachmentText> texts) {
        List<Attachment> attachments = new ArrayList<>();
        for (AttachmentPart part : content.attachments()) {
            AttachmentText text = texts.get(part.ordinal());
            if (text != null && !text.text().isBlank()) {
                attachments.add(new Attachment(part.fileName().orElse("#" + part.ordinal()), text.text()));
            }
        }
        MessageClassification result =
                classifier.classify(new MailContent(content.subject().orElse(""), content.body(), attachments));
        Classification decisive = result.decidingAttachment()
                .flatMap(name -> result.attachments().stream()
                        .filter(a -> a.fileName().equals(name))
                        .map(AttachmentClassification::classification)
                        .findFirst())
                .orElse(result.body());
        String source =
                result.decidingAttachment().map(name -> "tệp đính kèm " + name).orElse(BODY);
        DocumentHeader header = decisive.header();
        List<String> reasons = new ArrayList<>();
        reasons.add("Căn cứ: " + source);
        reasons.addAll(result.reasons());
        return new DocumentFacts(
                result.typeId(),
                result.typeName(),
                result.confidence(),
                reasons,
                header.numberSymbol().map(f -> f.value().text()),
                header.issuingBody().map(Field::value),
                header.date().map(Field::value),
                header.subject().map(Field::value),
                result.markings().secrecy().map(mark -> mark.level().name()),
                result.markings().urgency().map(mark -> mark.level().name()),
                source);
    }
}
