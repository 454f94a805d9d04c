package vn.officialmail.classifier.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link TypeModel} by stochastic gradient descent on the softmax (multinomial logistic) loss
 * with L2 regularisation, Bottou's learning-rate schedule η/(1 + ηλt) and balanced class weights (the
 * real corpus has 80 Quyết định and one Pháp lệnh). Deterministic: the only randomness is the example
 * order, drawn from a {@link Random} with the given seed.
 *
 * <p>Buckets seen in fewer than {@code minDocumentFrequency} training texts get no weights: they
 * cannot generalise, and leaving them out keeps the shipped model small.
 */
final class SgdTrainer {

    /**
     * @param bits log2 of the number of feature buckets
     * @param epochs passes over the training set
     * @param lambda L2 strength per example
     * @param eta0 initial learning rate
     * @param minDocumentFrequency texts a bucket must occur in to be kept
     * @param seed the shuffling seed
     */
    record Settings(int bits, int epochs, double lambda, double eta0, int minDocumentFrequency, long seed) {}

    private final Settings settings;

    SgdTrainer(Settings settings) {
        this.settings = settings;
    }

    TypeModel train(List<TrainingExample> examples, List<String> classes) {
        NgramFeatures features = new NgramFeatures(settings.bits());
        List<SparseVector> vectors = new ArrayList<>();
        int[] labels = new int[examples.size()];
        int[] documentFrequency = new int[1 << settings.bits()];
        for (int e = 0; e < examples.size(); e++) {
            TrainingExample example = examples.get(e);
            SparseVector x = features.extract(example.subject(), example.body());
            vectors.add(x);
            labels[e] = classes.indexOf(example.typeId());
            if (labels[e] < 0) {
                throw new IllegalArgumentException(
                        "unknown class '" + example.typeId() + "' in " + example.source() + "; known: " + classes);
            }
            for (int bucket : x.index()) {
                documentFrequency[bucket]++;
            }
        }
        int[] rowOfBucket = new int[documentFrequency.length];
        List<Integer> kept = new ArrayList<>();
        for (int bucket = 0; bucket < documentFrequency.length; bucket++) {
            rowOfBucket[bucket] = documentFrequency[bucket] >= settings.minDocumentFrequency() ? kept.size() : -1;
            if (rowOfBucket[bucket] >= 0) {
                kept.add(bucket);
            }
        }
        List<SparseVector> rows =
                vectors.stream().map(x -> toRows(x, rowOfBucket)).toList();
        int k = classes.size();
        float[][] trained = descend(rows, labels, classWeights(labels, k), kept.size(), k);
        return TypeModel.quantize(
                settings.bits(),
                classes,
                trained[0],
                kept.stream().mapToInt(Integer::intValue).toArray(),
                trained[1]);
    }

    private static SparseVector toRows(SparseVector x, int[] rowOfBucket) {
        int n = 0;
        for (int bucket : x.index()) {
            if (rowOfBucket[bucket] >= 0) {
                n++;
            }
        }
        int[] index = new int[n];
        float[] value = new float[n];
        int j = 0;
        for (int i = 0; i < x.size(); i++) {
            int row = rowOfBucket[x.index()[i]];
            if (row >= 0) {
                index[j] = row;
                value[j++] = x.value()[i];
            }
        }
        return new SparseVector(index, value);
    }

    private static double[] classWeights(int[] labels, int k) {
        int[] counts = new int[k];
        for (int label : labels) {
            counts[label]++;
        }
        double[] weights = new double[k];
        for (int c = 0; c < k; c++) {
            weights[c] = counts[c] == 0 ? 0 : (double) labels.length / (k * counts[c]);
        }
        return weights;
    }

    // Weights are kept as scale × v so that the L2 shrink of every weight is one multiplication.
    private float[][] descend(List<SparseVector> rows, int[] labels, double[] classWeight, int rowCount, int k) {
        double[] v = new double[rowCount * k];
        double[] bias = new double[k];
        double scale = 1;
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < rows.size(); e++) {
            order.add(e);
        }
        Random random = new Random(settings.seed());
        long t = 0;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (int e : order) {
                double eta = settings.eta0() / (1 + settings.eta0() * settings.lambda() * t++);
                SparseVector x = rows.get(e);
                double[] z = bias.clone();
                for (int i = 0; i < x.size(); i++) {
                    int base = x.index()[i] * k;
                    for (int c = 0; c < k; c++) {
                        z[c] += scale * x.value()[i] * v[base + c];
                    }
                }
                double[] p = TypeModel.softmax(z);
                scale *= 1 - eta * settings.lambda();
                for (int c = 0; c < k; c++) {
                    double gradient = classWeight[labels[e]] * (p[c] - (c == labels[e] ? 1 : 0));
                    bias[c] -= eta * gradient;
                    for (int i = 0; i < x.size(); i++) {
                        v[x.index()[i] * k + c] -= eta * gradient * x.value()[i] / scale;
                    }
                }
                if (scale < 1e-6) {
                    for (int i = 0; i < v.length; i++) {
                        v[i] *= scale;
                    }
                    scale = 1;
                }
            }
        }
        float[] weights = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            weights[i] = (float) (scale * v[i]);
        }
        float[] biases = new float[k];
        for (int c = 0; c < k; c++) {
            biases[c] = (float) bias[c];
        }
        return new float[][] {biases, weights};
    }
}
