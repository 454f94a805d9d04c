package vn.officialmail.classifier.message;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.officialmail.classifier.classify.Classification;
import vn.officialmail.classifier.classify.DocumentClassifier;
import vn.officialmail.classifier.classify.DocumentText;
import vn.officialmail.classifier.marking.Mark;
import vn.officialmail.classifier.marking.Markings;
import vn.officialmail.config.catalogue.DocumentType;

/**
 * Gives one e-mail message one type. The body is classified with the subject, each attachment on its
 * own; then:
 *
 * <ol>
 *   <li>An attachment with a Decree 30/2020 header (a Số line or a title line) decides: it is the
 *       document the mail carries. Among several, the one whose type the body names wins ("gửi kèm giấy
 *       mời" with a GM attachment is a Giấy mời), else the surest, else the first (the cover document
 *       comes first). The body raises the confidence when it agrees and lowers it a little when it
 *       disagrees — a vague body never outvotes a clean header. Other attachments of other types (the
 *       draft attached to a Tờ trình) are listed, not counted against: a dossier holds several documents.
 *   <li>Without such an attachment the body and the headerless attachments vote like evidence sources
 *       do in {@link DocumentClassifier}: 1 − Π(1 − w) per type, less half the runner-up.
 * </ol>
 *
 * Below the threshold the message is {@code unclassified} and goes to a clerk. Thread-safe.
 */
public final class MessageClassifier {

    /** A headerless attachment's vote, relative to its own confidence (it may be an annex or a table). */
    static final double HEADERLESS_ATTACHMENT = 0.9;

    private final DocumentClassifier classifier;
    private final double threshold;

    /** With the classifier's default threshold. */
    public MessageClassifier(DocumentClassifier classifier) {
        this(classifier, DocumentClassifier.DEFAULT_THRESHOLD);
    }

    /** @param threshold the confidence below which the message is {@code unclassified}, in (0, 1) */
    public MessageClassifier(DocumentClassifier classifier, double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1: " + threshold);
        }
        this.classifier = classifier;
        this.threshold = threshold;
    }

    /** Classifies the body and every attachment, then combines them. */
    public MessageClassification classify(MailContent mail) {
        Classification body = classifier.classify(new DocumentText(mail.subject(), mail.body()));
        List<AttachmentClassification> attachments = mail.attachments().stream()
                .map(a -> new AttachmentClassification(a.fileName(), classifier.classify(DocumentText.of(a.text()))))
                .toList();
        return combine(body, attachments);
    }

    /** Combines classifications already made (the body's with the subject, each attachment's alone). */
    public MessageClassification combine(Classification body, List<AttachmentClassification> attachments) {
        Markings markings = strongest(body, attachments);
        List<AttachmentClassification> headed = attachments.stream()
                .filter(a -> a.classification().isClassified() && hasHeader(a.classification()))
                .toList();
        List<String> reasons = new ArrayList<>();
        Optional<String> deciding = Optional.empty();
        Optional<DocumentType> type;
        double confidence;
        if (!headed.isEmpty()) {
            AttachmentClassification primary = primary(body, headed);
            deciding = Optional.of(primary.fileName());
            type = primary.classification().type();
            confidence = fromHeader(primary, body, headed, reasons);
        } else {
            Map<String, Double> scores = new LinkedHashMap<>();
            Map<String, DocumentType> types = new LinkedHashMap<>();
            vote(body, 1, "Nội dung thư", scores, types, reasons);
            for (AttachmentClassification a : attachments) {
                vote(
                        a.classification(),
                        HEADERLESS_ATTACHMENT,
                        "Tệp đính kèm «" + a.fileName() + "»",
                        scores,
                        types,
                        reasons);
            }
            List<Map.Entry<String, Double>> ranked = scores.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .toList();
            if (ranked.isEmpty()) {
                reasons.add("Không phần nào của thư có đủ dấu hiệu tên loại văn bản");
            }
            type = ranked.isEmpty()
                    ? Optional.empty()
                    : Optional.of(types.get(ranked.get(0).getKey()));
            double best = ranked.isEmpty() ? 0 : ranked.get(0).getValue();
            double second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
            confidence = Math.max(0, best - second / 2);
        }
        if (type.isPresent() && confidence < threshold) {
            reasons.add(
                    0,
                    String.format(
                            Locale.ROOT,
                            "Độ tin cậy %.2f dưới ngưỡng %.2f: chuyển văn thư xem xét",
                            confidence,
                            threshold));
            type = Optional.empty();
        }
        return new MessageClassification(type, confidence, reasons, deciding, body, attachments, markings);
    }

    private static AttachmentClassification primary(Classification body, List<AttachmentClassification> headed) {
        return headed.stream()
                .filter(a -> body.isClassified() && a.classification().typeId().equals(body.typeId()))
                .findFirst()
                .orElseGet(() -> headed.stream()
                        .max(Comparator.comparingDouble((AttachmentClassification a) ->
                                        a.classification().confidence())
                                .thenComparing(a -> -headed.indexOf(a)))
                        .orElseThrow());
    }

    private static double fromHeader(
            AttachmentClassification primary,
            Classification body,
            List<AttachmentClassification> headed,
            List<String> reasons) {
        Classification document = primary.classification();
        double confidence = document.confidence();
        reasons.add(String.format(
                Locale.ROOT,
                "Tệp đính kèm «%s» có đầu văn bản theo Nghị định 30/2020: %s (độ tin cậy %.2f; %s)",
                primary.fileName(),
                document.typeName().orElseThrow(),
                document.confidence(),
                document.reasons().get(0)));
        if (body.isClassified() && body.typeId().equals(document.typeId())) {
            confidence = 1 - (1 - confidence) * (1 - body.confidence() / 2);
            reasons.add("Nội dung thư cũng cho thấy " + body.typeName().orElseThrow() + ": "
                    + body.reasons().get(0));
        } else if (body.isClassified()) {
            confidence -= body.confidence() * (hasHeader(body) ? 0.5 : 0.25);
            reasons.add("Dấu hiệu trái chiều: nội dung thư nghiêng về "
                    + body.typeName().orElseThrow() + " (" + body.reasons().get(0) + ")");
        }
        headed.stream()
                .filter(a -> a != primary)
                .forEach(a -> reasons.add("Tệp đính kèm khác «" + a.fileName() + "»: "
                        + a.classification().typeName().orElseThrow()));
        return Math.max(0, confidence);
    }

    private static void vote(
            Classification part,
            double factor,
            String label,
            Map<String, Double> scores,
            Map<String, DocumentType> types,
            List<String> reasons) {
        if (!part.isClassified()) {
            return;
        }
        DocumentType type = part.type().orElseThrow();
        double weight = factor * part.confidence();
        scores.merge(type.id(), weight, (a, b) -> 1 - (1 - a) * (1 - b));
        types.putIfAbsent(type.id(), type);
        reasons.add(String.format(
                Locale.ROOT,
                "%s: %s (độ tin cậy %.2f; %s)",
                label,
                type.name(),
                part.confidence(),
                part.reasons().get(0)));
    }

    private static boolean hasHeader(Classification c) {
        return c.header().titleLine().isPresent() || c.header().numberSymbol().isPresent();
    }

    private static Markings strongest(Classification body, List<AttachmentClassification> attachments) {
        List<Markings> all = Stream.concat(
                        Stream.of(body.markings()),
                        attachments.stream().map(a -> a.classification().markings()))
                .toList();
        return new Markings(
                highest(all.stream().map(Markings::secrecy)),
                highest(all.stream().map(Markings::urgency)));
    }

    private static <L extends Enum<L>> Optional<Mark<L>> highest(Stream<Optional<Mark<L>>> marks) {
        return marks.flatMap(Optional::stream)
                .reduce((a, b) -> b.level().ordinal() > a.level().ordinal() ? b : a);
    }
}
