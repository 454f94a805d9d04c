package vn.officialmail.gateway.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.officialmail.classifier.classify.Classification;
import vn.officialmail.classifier.classify.DocumentClassifier;
import vn.officialmail.classifier.classify.DocumentText;
import vn.officialmail.classifier.header.DocumentHeader;
import vn.officialmail.classifier.header.Field;
import vn.officialmail.classifier.marking.Mark;
import vn.officialmail.gateway.content.AttachmentPart;
import vn.officialmail.gateway.content.AttachmentText;
import vn.officialmail.gateway.content.MessageContent;

/**
 * Classifies a message from its subject and body and from each attachment's text. The document
 * is usually the attachment, so the most confident classified text decides the type and the
 * metadata (an attachment wins a tie); the marks are the most severe found in any text, so one
 * secret attachment makes the whole message secret.
 */
public final class MessageClassifier {

    private final DocumentClassifier classifier;

    public MessageClassifier(DocumentClassifier classifier) {
        this.classifier = classifier;
    }

    public DocumentFacts classify(MessageContent content, Map<Integer, AttachmentText> texts) {
        String subject = content.subject().orElse("");
        List<Candidate> candidates = new ArrayList<>();
        for (AttachmentPart part : content.attachments()) {
            AttachmentText text = texts.get(part.ordinal());
            if (text != null && !text.text().isBlank()) {
                String name = part.fileName().orElse("#" + part.ordinal());
                candidates.add(new Candidate(
                        "tệp đính kèm " + name, classifier.classify(new DocumentText(subject, text.text()))));
            }
        }
        candidates.add(new Candidate(
                "tiêu đề và nội dung thư", classifier.classify(new DocumentText(subject, content.body()))));
        Candidate decisive = candidates.stream()
                .filter(c -> c.result().isClassified())
                .max(Comparator.comparingDouble(c -> c.result().confidence()))
                .orElse(candidates.get(candidates.size() - 1));
        return facts(decisive, candidates);
    }

    private static DocumentFacts facts(Candidate decisive, List<Candidate> all) {
        Classification result = decisive.result();
        DocumentHeader header = result.header();
        List<String> reasons = new ArrayList<>();
        reasons.add("Căn cứ: " + decisive.source());
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
                mostSevere(
                        all.stream().map(c -> c.result().markings().secrecy()).toList()),
                mostSevere(
                        all.stream().map(c -> c.result().markings().urgency()).toList()),
                decisive.source());
    }

    private static <L extends Enum<L>> Optional<String> mostSevere(List<Optional<Mark<L>>> marks) {
        return marks.stream()
                .flatMap(Optional::stream)
                .max(Comparator.comparingInt(mark -> mark.level().ordinal()))
                .map(mark -> mark.level().name());
    }

    private record Candidate(String source, Classification result) {}
}
