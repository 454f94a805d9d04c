package vn.officialmail.classifier.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.officialmail.classifier.header.DocumentHeader;
import vn.officialmail.classifier.header.HeaderExtractor;
import vn.officialmail.classifier.marking.MarkingDetector;
import vn.officialmail.classifier.marking.Markings;
import vn.officialmail.classifier.model.TypeModel;
import vn.officialmail.classifier.normalize.Folding;
import vn.officialmail.classifier.normalize.VietnameseNormalizer;
import vn.officialmail.config.catalogue.DocumentType;
import vn.officialmail.config.catalogue.DocumentTypeCatalogue;

/**
 * Classifies a document against the catalogue and extracts its legal metadata and marks. Thread-safe
 * and cheap to share: build one per catalogue.
 *
 * <p>Evidence for one type is combined as independent votes (1 − Π(1 − w)); a competing type lowers
 * the confidence by half its own score, so contradicting evidence (title says one thing, symbol
 * another) ends below the threshold and goes to review rather than being guessed.
 */
public final class DocumentClassifier {

    /** Below this confidence the answer is {@code unclassified}. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final DocumentTypeCatalogue catalogue;
    private final HeaderExtractor headerExtractor;
    private final List<EvidenceSource> sources;
    private final double threshold;

    /**
     * @param catalogue the validated catalogue
     * @param extraSources further evidence (a statistical model), consulted after the header rules
     * @param threshold the confidence below which the answer is {@code unclassified}, in (0, 1)
     */
    public DocumentClassifier(DocumentTypeCatalogue catalogue, List<EvidenceSource> extraSources, double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1: " + threshold);
        }
        TypeTitles titles = new TypeTitles(catalogue);
        this.catalogue = catalogue;
        this.headerExtractor = new HeaderExtractor(titles.titles());
        List<EvidenceSource> all = new ArrayList<>();
        all.add(new HeaderRules(catalogue, titles));
        all.addAll(extraSources);
        this.sources = List.copyOf(all);
        this.threshold = threshold;
    }

    /** The header rules alone, with the default threshold. */
    public static DocumentClassifier withRules(DocumentTypeCatalogue catalogue) {
        return new DocumentClassifier(catalogue, List.of(), DEFAULT_THRESHOLD);
    }

    /**
     * The header rules and the bundled statistical model ({@link TypeModel#loadDefault()}), with the
     * default threshold: what the gateway uses.
     */
    public static DocumentClassifier withRulesAndModel(DocumentTypeCatalogue catalogue) {
        return new DocumentClassifier(
                catalogue, List.of(new ModelEvidence(TypeModel.loadDefault(), catalogue)), DEFAULT_THRESHOLD);
    }

    /** Classifies one text. */
    public Classification classify(DocumentText text) {
        String normalized = VietnameseNormalizer.normalize(text.body());
        DocumentText normalizedText = new DocumentText(VietnameseNormalizer.normalize(text.subject()), normalized);
        DocumentHeader header = headerExtractor.extract(normalized);
        Markings markings = MarkingDetector.detectNormalized(normalizedText.subject(), normalized);
        Map<String, List<Evidence>> byType = new LinkedHashMap<>();
        for (EvidenceSource source : sources) {
            for (Evidence e : source.evidence(normalizedText, header)) {
                byType.computeIfAbsent(e.typeId(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Map.Entry<String, Double>> ranked = byType.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), combine(e.getValue())))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .toList();
        boolean normative = header.numberSymbol().flatMap(n -> n.value().year()).isPresent();
        if (ranked.isEmpty()) {
            return new Classification(
                    Optional.empty(),
                    0,
                    List.of("Không tìm thấy dấu hiệu tên loại văn bản"),
                    List.of(),
                    normative,
                    header,
                    markings);
        }
        double best = ranked.get(0).getValue();
        double second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        double confidence = Math.max(0, best - second / 2);
        List<String> reasons = new ArrayList<>();
        byType.get(ranked.get(0).getKey()).stream()
                .sorted(Comparator.comparingDouble(Evidence::weight).reversed())
                .forEach(e -> reasons.add(e.reason()));
        for (int i = 1; i < ranked.size(); i++) {
            byType.get(ranked.get(i).getKey()).forEach(e -> reasons.add("Dấu hiệu trái chiều: " + e.reason()));
        }
        Optional<DocumentType> type = catalogue.type(ranked.get(0).getKey());
        if (confidence < threshold || type.isEmpty()) {
            reasons.add(
                    0,
                    String.format(
                            java.util.Locale.ROOT,
                            "Độ tin cậy %.2f dưới ngưỡng %.2f: chuyển văn thư xem xét",
                            confidence,
                            threshold));
            return new Classification(Optional.empty(), confidence, reasons, List.of(), normative, header, markings);
        }
        return new Classification(
                type, confidence, reasons, categories(type.get(), normalized), normative, header, markings);
    }

    private static double combine(List<Evidence> evidence) {
        double against = 1;
        for (Evidence e : evidence) {
            against *= 1 - e.weight();
        }
        return 1 - against;
    }

    // The type's catalogue categories, plus what the content says about how it is used.
    private List<String> categories(DocumentType type, String text) {
        List<String> categories = new ArrayList<>(type.categories());
        String folded = Folding.fold(text);
        if (folded.contains("du thao")
                && (folded.contains("xin y kien") || folded.contains("lay y kien") || folded.contains("gop y"))) {
            categories.add("draft-for-comments");
        }
        if (folded.contains("phuc dap") || folded.contains("tra loi cong van")) {
            categories.add("reply");
        }
        return categories.stream()
                .distinct()
                .filter(c -> catalogue.category(c).isPresent())
                .toList();
    }
}
