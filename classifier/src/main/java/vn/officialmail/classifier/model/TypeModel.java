package vn.officialmail.classifier.model;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * A trained multinomial logistic regression over {@link NgramFeatures}: one weight per (feature bucket,
 * type) pair and a bias per type. Immutable and thread-safe; {@link #loadDefault()} reads the bundled
 * model once.
 *
 * <p>One class is {@link #NO_TYPE}: texts that are no official document at all (a lunch invitation), so
 * that the model can say "none of these" instead of picking the least unlikely type.
 *
 * <p>File format (big-endian, {@code DataOutputStream}): magic {@code VNTM}, version, bucket bits,
 * class count and ids, biases, row count, the bucket index of each row, one scale per class, then
 * every row's weights as signed bytes (weight = byte × scale of its class).
 */
public final class TypeModel {

    /** The class of texts that are no document type. */
    public static final String NO_TYPE = "";

    /** The bundled model, written by {@link TrainTypeModel}. */
    public static final String DEFAULT_RESOURCE = "/vn/officialmail/classifier/model/type-model.bin";

    private static final int MAGIC = 0x564e544d; // "VNTM"
    private static final int VERSION = 1;

    /**
     * The most probable class of a text.
     *
     * @param typeId the catalogue type id, empty for {@link #NO_TYPE}
     * @param probability the softmax probability of that class, 0 to 1
     */
    public record Prediction(Optional<String> typeId, double probability) {}

    private final NgramFeatures features;
    private final String[] classes;
    private final float[] bias;
    // Row + 1 of each bucket, 0 for none; chars and bytes keep the model in the caches while classifying.
    private final char[] rowOfBucket;
    private final byte[] weights;
    private final float[] scale;

    private TypeModel(int bits, List<String> classes, float[] bias, int[] buckets, byte[] weights, float[] scale) {
        if (bias.length != classes.size()
                || scale.length != classes.size()
                || weights.length != buckets.length * classes.size()) {
            throw new IllegalArgumentException("model shape does not match: " + classes.size() + " classes, "
                    + bias.length + " biases, " + buckets.length + " rows, " + weights.length + " weights");
        }
        if (buckets.length >= Character.MAX_VALUE) {
            throw new IllegalArgumentException("a type model holds at most 65,534 rows: " + buckets.length);
        }
        this.features = new NgramFeatures(bits);
        this.classes = classes.toArray(String[]::new);
        this.bias = bias.clone();
        this.rowOfBucket = new char[1 << bits];
        for (int row = 0; row < buckets.length; row++) {
            rowOfBucket[buckets[row]] = (char) (row + 1);
        }
        this.weights = weights;
        this.scale = scale.clone();
    }

    /** A model from trained weights (row-major, one per class), quantised to one signed byte each. */
    static TypeModel quantize(int bits, List<String> classes, float[] bias, int[] buckets, float[] weights) {
        int k = classes.size();
        float[] scale = new float[k];
        for (int i = 0; i < weights.length; i++) {
            scale[i % k] = Math.max(scale[i % k], Math.abs(weights[i]) / 127f);
        }
        byte[] quantized = new byte[weights.length];
        for (int i = 0; i < weights.length; i++) {
            float s = scale[i % k];
            quantized[i] = s == 0 ? 0 : (byte) Math.round(weights[i] / s);
        }
        return new TypeModel(bits, classes, bias, buckets, quantized, scale);
    }

    /** The model bundled in the classifier jar. */
    public static TypeModel loadDefault() {
        return Bundled.MODEL;
    }

    /** Reads a model written by {@link #write}. */
    public static TypeModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a type model: magic number missing");
        }
        int version = data.readInt();
        if (version != VERSION) {
            throw new IOException("type model version must be " + VERSION + ": " + version);
        }
        int bits = data.readInt();
        int classCount = data.readInt();
        String[] classes = new String[classCount];
        for (int c = 0; c < classCount; c++) {
            classes[c] = data.readUTF();
        }
        float[] bias = new float[classCount];
        for (int c = 0; c < classCount; c++) {
            bias[c] = data.readFloat();
        }
        int rows = data.readInt();
        int[] buckets = new int[rows];
        for (int r = 0; r < rows; r++) {
            buckets[r] = data.readInt();
        }
        float[] scale = new float[classCount];
        for (int c = 0; c < classCount; c++) {
            scale[c] = data.readFloat();
        }
        byte[] quantized = new byte[rows * classCount];
        data.readFully(quantized);
        return new TypeModel(bits, List.of(classes), bias, buckets, quantized, scale);
    }

    /** Writes the model, weights quantised to one signed byte per class and row. */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(features.bits());
        data.writeInt(classes.length);
        for (String c : classes) {
            data.writeUTF(c);
        }
        for (float b : bias) {
            data.writeFloat(b);
        }
        int[] buckets = buckets();
        data.writeInt(buckets.length);
        for (int bucket : buckets) {
            data.writeInt(bucket);
        }
        for (float s : scale) {
            data.writeFloat(s);
        }
        data.write(weights);
        data.flush();
    }

    /** The class ids, {@link #NO_TYPE} included. */
    public List<String> classes() {
        return List.of(classes);
    }

    /** The most probable class for a subject and a normalised body. */
    public Prediction predict(String subject, String normalizedBody) {
        double[] p = probabilities(features.extract(subject, normalizedBody));
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return new Prediction(Optional.of(classes[best]).filter(id -> !id.equals(NO_TYPE)), p[best]);
    }

    double[] probabilities(SparseVector x) {
        int k = classes.length;
        float[] sum = new float[k];
        int[] index = x.index();
        float[] value = x.value();
        for (int i = 0; i < index.length; i++) {
            int row = rowOfBucket[index[i]];
            if (row > 0) {
                int base = (row - 1) * k;
                float v = value[i];
                for (int c = 0; c < k; c++) {
                    sum[c] += v * weights[base + c];
                }
            }
        }
        double[] z = new double[k];
        for (int c = 0; c < k; c++) {
            z[c] = bias[c] + (double) sum[c] * scale[c];
        }
        return softmax(z);
    }

    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[z.length];
        for (int c = 0; c < z.length; c++) {
            p[c] = Math.exp(z[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < z.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    NgramFeatures features() {
        return features;
    }

    private int[] buckets() {
        int[] buckets = new int[weights.length / classes.length];
        for (int bucket = 0; bucket < rowOfBucket.length; bucket++) {
            if (rowOfBucket[bucket] > 0) {
                buckets[rowOfBucket[bucket] - 1] = bucket;
            }
        }
        return buckets;
    }

    // Lazy holder: the bundled model is read once, on first use.
    private static final class Bundled {

        static final TypeModel MODEL = load();

        private static TypeModel load() {
            try (InputStream in = TypeModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled type model missing: " + DEFAULT_RESOURCE
                            + " (run TrainTypeModel, see docs/classifier.md)");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled type model " + DEFAULT_RESOURCE, e);
            }
        }
    }
}
