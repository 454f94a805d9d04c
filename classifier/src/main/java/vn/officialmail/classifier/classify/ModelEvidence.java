package vn.officialmail.classifier.classify;

import java.util.List;
import java.util.Locale;
import vn.officialmail.classifier.header.DocumentHeader;
import vn.officialmail.classifier.model.TypeModel;
import vn.officialmail.config.catalogue.DocumentTypeCatalogue;

/**
 * The statistical model as one more voter beside the header rules. For a text without header evidence
 * its vote is the top class's probability (at most {@value #MAX_WEIGHT}): alone it reaches the default
 * threshold 0.5 from probability 0.5, where 5-fold cross-validation on the training data measured a
 * precision of 0.984 ({@code TrainTypeModel --cross-validate}); below that it needs the subject's
 * support. When the text has a Số line, a title line or a V/v subject the vote is scaled down to at most
 * {@value #WEIGHT_WITH_HEADER}: the document's own evidence stays the strong signal, and the model can
 * only confirm it or, when it disagrees, lower the confidence a little.
 */
public final class ModelEvidence implements EvidenceSource {

    /** The largest weight of a vote for a text without header evidence. */
    public static final double MAX_WEIGHT = 0.85;
    /** Weight of a probability-1 vote for a text with a Số line, a title line or V/v. */
    public static final double WEIGHT_WITH_HEADER = 0.3;
    /** Below this probability the model does not vote (cross-validated precision 0.951 at 0.3). */
    public static final double MIN_PROBABILITY = 0.3;

    private final TypeModel model;
    private final DocumentTypeCatalogue catalogue;

    /**
     * @param model the trained model
     * @param catalogue the catalogue in force: classes it does not know (an agency removed a type) never
     *     vote
     */
    public ModelEvidence(TypeModel model, DocumentTypeCatalogue catalogue) {
        this.model = model;
        this.catalogue = catalogue;
    }

    @Override
    public List<Evidence> evidence(DocumentText text, DocumentHeader header) {
        TypeModel.Prediction prediction = model.predict(text.subject(), text.body());
        if (prediction.probability() < MIN_PROBABILITY) {
            return List.of();
        }
        boolean headerEvidence =
                header.numberSymbol().isPresent() || header.titleLine().isPresent() || header.subjectIsVv();
        double weight = headerEvidence
                ? WEIGHT_WITH_HEADER * prediction.probability()
                : Math.min(MAX_WEIGHT, prediction.probability());
        return prediction
                .typeId()
                .flatMap(catalogue::type)
                .map(type -> List.of(new Evidence(
                        type.id(),
                        weight,
                        String.format(
                                Locale.ROOT,
                                "Mô hình thống kê (n-gram của nội dung) nghiêng về %s, xác suất %.2f",
                                type.name(),
                                prediction.probability()))))
                .orElse(List.of());
    }
}
