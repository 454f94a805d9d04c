package vn.officialmail.classifier.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The written e-mails and documents under {@code src/test/resources/written/}: {@code heldout/} (never
 * trained on) and {@code train/}.
 */
final class WrittenSet {

    /**
     * One labelled text.
     *
     * @param typeName the expected type name, empty when it must be unclassified
     * @param kind giay-moi, bao-cao, bao-cao-dinh-ky, to-trinh, du-thao, tra-loi, thong-bao, khac
     */
    record Text(String folder, String file, String typeName, String numberSymbol, String kind, String subject) {

        String body() {
            return LabelledCorpus.read("/written/" + folder + "/" + file);
        }

        /** The label as {@link ClassifierEvaluation} counts it. */
        String expected() {
            return typeName.isEmpty() ? ClassifierEvaluation.UNCLASSIFIED : typeName;
        }
    }

    private WrittenSet() {}

    static List<Text> heldOut() {
        return read("heldout");
    }

    static List<Text> train() {
        return read("train");
    }

    private static List<Text> read(String folder) {
        List<Text> texts = new ArrayList<>();
        for (String line :
                LabelledCorpus.read("/written/" + folder + "/labels.tsv").split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            texts.add(new Text(folder, cells[0], cells[1], cells[2], cells[3], cells[4]));
        }
        return texts;
    }
}
