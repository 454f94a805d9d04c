package vn.officialmail.classifier.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.officialmail.config.catalogue.CatalogueLoader;
import vn.officialmail.config.catalogue.DocumentTypeCatalogue;

/**
 * The reproducible training command: reads the training data from the repository, trains the type
 * model with fixed settings and seed, and writes it where the classifier jar bundles it. The same
 * inputs give the same bytes.
 *
 * <pre>
 * ./mvnw -q -pl config,classifier -Ptrain-model process-classes     # see docs/classifier.md
 * </pre>
 *
 * <p>Arguments: {@code DOCUMENTS_DIR WRITTEN_TRAIN_DIR OUTPUT_FILE [--cross-validate]}. With
 * {@code --cross-validate} it writes nothing and prints 5-fold cross-validated accuracy on the
 * training data for a few L2 strengths (how {@link #SETTINGS} was chosen, without looking at any test
 * text).
 */
public final class TrainTypeModel {

    /** The settings of the shipped model. */
    static final SgdTrainer.Settings SETTINGS = new SgdTrainer.Settings(18, 30, 1e-4, 0.5, 2, 20251205L);

    private TrainTypeModel() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException(
                    "usage: TrainTypeModel DOCUMENTS_DIR WRITTEN_TRAIN_DIR OUTPUT_FILE [--cross-validate]");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        DocumentTypeCatalogue catalogue = CatalogueLoader.loadDefault();
        TrainingCorpus corpus = new TrainingCorpus(catalogue);
        List<TrainingExample> examples = new ArrayList<>(corpus.realDocuments(Path.of(args[0])));
        examples.addAll(corpus.writtenExamples(Path.of(args[1])));
        List<String> classes = new ArrayList<>(
                new TreeSet<>(examples.stream().map(TrainingExample::typeId).toList()));
        Map<String, Integer> perClass = new TreeMap<>();
        examples.forEach(e -> perClass.merge(e.typeId().isEmpty() ? "(none)" : e.typeId(), 1, Integer::sum));
        out.println("training texts: " + examples.size() + " " + perClass);
        if (args.length > 3 && args[3].equals("--cross-validate")) {
            for (double lambda : new double[] {1e-3, 1e-4, 1e-5}) {
                SgdTrainer.Settings s = new SgdTrainer.Settings(
                        SETTINGS.bits(),
                        SETTINGS.epochs(),
                        lambda,
                        SETTINGS.eta0(),
                        SETTINGS.minDocumentFrequency(),
                        SETTINGS.seed());
                List<double[]> predictions = crossValidate(examples, classes, s, 5);
                out.printf(
                        Locale.ROOT,
                        "lambda %.0e: 5-fold accuracy %.3f%n",
                        lambda,
                        predictions.stream().mapToDouble(p -> p[1]).average().orElse(0));
                if (lambda == SETTINGS.lambda()) {
                    calibration(predictions, out);
                }
            }
            return;
        }
        TypeModel model = new SgdTrainer(SETTINGS).train(examples, classes);
        Path output = Path.of(args[2]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(output)) {
            model.write(file);
        }
        TypeModel written;
        try (InputStream in = Files.newInputStream(output)) {
            written = TypeModel.read(in);
        }
        out.printf(
                Locale.ROOT,
                "classes: %s%nwrote %s: %d bytes, sha256 %s%ntraining accuracy (quantised): %.3f%n",
                classes,
                output,
                Files.size(output),
                sha256(output),
                accuracy(written, examples));
    }

    // Each training text once as a held-out fold member: {probability of the predicted class, 1 if right}.
    private static List<double[]> crossValidate(
            List<TrainingExample> examples, List<String> classes, SgdTrainer.Settings settings, int folds) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(settings.seed()));
        List<double[]> predictions = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<TrainingExample> train = new ArrayList<>();
            List<TrainingExample> test = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                (i % folds == fold ? test : train).add(examples.get(order.get(i)));
            }
            TypeModel model = new SgdTrainer(settings).train(train, classes);
            for (TrainingExample e : test) {
                TypeModel.Prediction p = model.predict(e.subject(), e.body());
                boolean right = p.typeId().orElse(TypeModel.NO_TYPE).equals(e.typeId());
                predictions.add(new double[] {p.probability(), right ? 1 : 0});
            }
        }
        return predictions;
    }

    // How sure the model is when it is right: precision and coverage of predictions at or above each
    // probability. ModelEvidence's weights come from this table, not from any test text.
    private static void calibration(List<double[]> predictions, PrintStream out) {
        for (double threshold = 0.2; threshold < 0.95; threshold += 0.1) {
            double t = threshold;
            List<double[]> above = predictions.stream().filter(p -> p[0] >= t).toList();
            out.printf(
                    Locale.ROOT,
                    "  probability >= %.1f: precision %.3f, coverage %.3f%n",
                    t,
                    above.stream().mapToDouble(p -> p[1]).average().orElse(0),
                    (double) above.size() / predictions.size());
        }
    }

    private static double accuracy(TypeModel model, List<TrainingExample> examples) {
        long right = examples.stream()
                .filter(e -> model.predict(e.subject(), e.body())
                        .typeId()
                        .orElse(TypeModel.NO_TYPE)
                        .equals(e.typeId()))
                .count();
        return (double) right / examples.size();
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
