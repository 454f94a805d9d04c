package vn.officialmail.classifier.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects expected and predicted labels for a corpus and reports the figures of issue 3: per-type
 * precision, recall and F1, macro-F1 over the types present in the gold labels, the confusion matrix,
 * and exact-match rates for the number/symbol and the issue date (over documents that have a gold
 * value). Not thread-safe: one per run.
 */
public final class ClassifierEvaluation {

    /** The label of a prediction that decided nothing. */
    public static final String UNCLASSIFIED = "(không phân loại)";

    private final List<String[]> pairs = new ArrayList<>();
    private final List<String> mistakes = new ArrayList<>();
    private int numbersCompared;
    private int numbersMatched;
    private int datesCompared;
    private int datesMatched;

    /** Records one document's type: expected and predicted type names ("Quyết định"). */
    public void addType(String file, String expected, Optional<String> predicted) {
        String got = predicted.orElse(UNCLASSIFIED);
        pairs.add(new String[] {expected, got});
        if (!expected.equals(got)) {
            mistakes.add(file + ": nhãn " + expected + ", dự đoán " + got);
        }
    }

    /** Records one document's number/symbol; spaces are ignored ("102/2025/NQLT - UBTVQH15"). */
    public void addNumberSymbol(String file, String expected, Optional<String> predicted) {
        numbersCompared++;
        String want = expected.replaceAll("\\s+", "");
        if (predicted.map(p -> p.replaceAll("\\s+", "")).filter(want::equals).isPresent()) {
            numbersMatched++;
        } else {
            mistakes.add(file + ": số/ký hiệu " + expected + ", trích được " + predicted.orElse("(không có)"));
        }
    }

    /** Records one document's issue date, ISO strings. */
    public void addDate(String file, String expected, Optional<String> predicted) {
        datesCompared++;
        if (predicted.filter(expected::equals).isPresent()) {
            datesMatched++;
        } else {
            mistakes.add(file + ": ngày " + expected + ", trích được " + predicted.orElse("(không có)"));
        }
    }

    /** Per-type precision, recall, F1 and support, by type name, for the types in the gold labels. */
    public Map<String, double[]> perType() {
        Map<String, double[]> scores = new TreeMap<>();
        for (String type : goldTypes()) {
            long tp = pairs.stream()
                    .filter(p -> p[0].equals(type) && p[1].equals(type))
                    .count();
            long predicted = pairs.stream().filter(p -> p[1].equals(type)).count();
            long support = pairs.stream().filter(p -> p[0].equals(type)).count();
            double precision = predicted == 0 ? 0 : (double) tp / predicted;
            double recall = support == 0 ? 0 : (double) tp / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.put(type, new double[] {precision, recall, f1, support});
        }
        return scores;
    }

    /** The mean F1 over the types present in the gold labels. */
    public double macroF1() {
        return perType().values().stream().mapToDouble(s -> s[2]).average().orElse(0);
    }

    /** Share of documents whose type was predicted right. */
    public double accuracy() {
        return pairs.isEmpty()
                ? 0
                : (double) pairs.stream().filter(p -> p[0].equals(p[1])).count() / pairs.size();
    }

    public double numberSymbolMatch() {
        return numbersCompared == 0 ? 0 : (double) numbersMatched / numbersCompared;
    }

    public double dateMatch() {
        return datesCompared == 0 ? 0 : (double) datesMatched / datesCompared;
    }

    public int documents() {
        return pairs.size();
    }

    public int numbersCompared() {
        return numbersCompared;
    }

    public int datesCompared() {
        return datesCompared;
    }

    /** Every wrong type, number or date, one line each. */
    public List<String> mistakes() {
        return List.copyOf(mistakes);
    }

    /** The confusion matrix: gold type → predicted label → count. */
    public Map<String, Map<String, Integer>> confusion() {
        Map<String, Map<String, Integer>> matrix = new TreeMap<>();
        for (String[] p : pairs) {
            matrix.computeIfAbsent(p[0], k -> new TreeMap<>()).merge(p[1], 1, Integer::sum);
        }
        return matrix;
    }

    /** A Markdown report of every figure. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "documents: %d, accuracy %.3f, macro-F1 %.3f%nnumber/symbol exact: %d/%d = %.3f%n"
                        + "issue date exact: %d/%d = %.3f%n%n",
                documents(),
                accuracy(),
                macroF1(),
                numbersMatched,
                numbersCompared,
                numberSymbolMatch(),
                datesMatched,
                datesCompared,
                dateMatch()));
        out.append("| type | precision | recall | F1 | support |\n|---|---|---|---|---|\n");
        perType()
                .forEach((type, s) -> out.append(String.format(
                        Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n", type, s[0], s[1], s[2], (int) s[3])));
        TreeSet<String> columns = new TreeSet<>();
        pairs.forEach(p -> columns.add(p[1]));
        columns.addAll(goldTypes());
        out.append("\nconfusion (rows gold, columns predicted):\n\n| gold \\ predicted |");
        columns.forEach(c -> out.append(' ').append(c).append(" |"));
        out.append("\n|---|").append("---|".repeat(columns.size())).append('\n');
        confusion().forEach((gold, row) -> {
            out.append("| ").append(gold).append(" |");
            columns.forEach(c -> out.append(' ')
                    .append(Objects.requireNonNullElse(row.get(c), 0))
                    .append(" |"));
            out.append('\n');
        });
        return out.toString();
    }

    private TreeSet<String> goldTypes() {
        TreeSet<String> types = new TreeSet<>();
        pairs.forEach(p -> types.add(p[0]));
        return types;
    }
}
