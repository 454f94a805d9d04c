package vn.officialmail.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.officialmail.classifier.classify.Classification;
import vn.officialmail.classifier.classify.DocumentClassifier;
import vn.officialmail.classifier.classify.DocumentText;
import vn.officialmail.classifier.model.TypeModel;
import vn.officialmail.classifier.normalize.VietnameseNormalizer;
import vn.officialmail.config.catalogue.CatalogueLoader;

/**
 * Issue 3's target: at least 2,000 documents per second per core on 5 KB texts, for the full {@code
 * classify} (normalisation, header extraction, marks, header rules and the statistical model). Each
 * call classifies the next of the 242 texts, round robin. Run with {@code -t 1} (one core).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClassifierBenchmark {

    private DocumentClassifier classifier;
    private TypeModel model;
    private List<String> texts;
    private List<String> normalized;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        classifier = DocumentClassifier.withRulesAndModel(CatalogueLoader.loadDefault());
        model = TypeModel.loadDefault();
        texts = FiveKilobyteTexts.load();
        normalized = texts.stream().map(VietnameseNormalizer::normalize).toList();
    }

    /** The whole classifier on one 5 KB text: the figure. */
    @Benchmark
    public Classification classify() {
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        return classifier.classify(DocumentText.of(text));
    }

    /** Normalisation alone, to see where the time goes. */
    @Benchmark
    public String normalize() {
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        return VietnameseNormalizer.normalize(text);
    }

    /** The statistical model alone on normalised text. */
    @Benchmark
    public TypeModel.Prediction model() {
        String text = normalized.get(next);
        next = (next + 1) % normalized.size();
        return model.predict("", text);
    }
}
