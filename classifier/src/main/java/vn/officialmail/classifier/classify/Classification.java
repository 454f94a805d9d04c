package vn.officialmail.classifier.classify;

import java.util.List;
import java.util.Optional;
import vn.officialmail.classifier.header.DocumentHeader;
import vn.officialmail.classifier.marking.Markings;
import vn.officialmail.config.catalogue.DocumentType;

/**
 * The classifier's answer for one text.
 *
 * @param type the catalogue type, empty when {@code unclassified}
 * @param confidence 0 to 1
 * @param reasons Vietnamese sentences explaining the decision, strongest first
 * @param categories ids of the e-document categories (catalogue categories of the type, plus content
 *     cues such as a draft sent for comments or a reply)
 * @param normative whether the number/symbol carries a year (a legal normative document)
 * @param header the extracted legal metadata
 * @param markings the secrecy and urgency marks
 */
public record Classification(
        Optional<DocumentType> type,
        double confidence,
        List<String> reasons,
        List<String> categories,
        boolean normative,
        DocumentHeader header,
        Markings markings) {

    /** The type id given to texts below the threshold, which go to review. */
    public static final String UNCLASSIFIED = "unclassified";

    public Classification {
        reasons = List.copyOf(reasons);
        categories = List.copyOf(categories);
    }

    /** The catalogue id of the type, or {@value #UNCLASSIFIED}. */
    public String typeId() {
        return type.map(DocumentType::id).orElse(UNCLASSIFIED);
    }

    /** The Vietnamese type name as written in the catalogue, e.g. "Quyết định", or empty. */
    public Optional<String> typeName() {
        return type.map(DocumentType::name);
    }

    /** Whether a type was decided. */
    public boolean isClassified() {
        return type.isPresent();
    }
}
