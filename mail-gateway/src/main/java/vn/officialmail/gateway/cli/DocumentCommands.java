package vn.officialmail.gateway.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import vn.officialmail.classifier.classify.DocumentClassifier;
import vn.officialmail.classifier.eval.ClassifierEvaluation;
import vn.officialmail.classifier.message.MessageClassifier;
import vn.officialmail.classifier.model.HeaderEvidenceRemover;
import vn.officialmail.classifier.model.TypeModel;
import vn.officialmail.config.catalogue.CatalogueLoader;
import vn.officialmail.config.catalogue.DocumentType;
import vn.officialmail.config.catalogue.DocumentTypeCatalogue;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.classification.DocumentFactsClassifier;
import vn.officialmail.gateway.content.ContentExtraction;
import vn.officialmail.indexer.extract.TextExtractor;

/**
 * {@code classify FILE...} prints one JSON object per file; {@code eval DIR} scores the classifier
 * on a labelled folder. Both run without the database, so they work beside a running gateway.
 */
final class DocumentCommands {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DocumentTypeCatalogue catalogue = CatalogueLoader.loadDefault();
    private final DocumentFiles files;

    DocumentCommands() {
        this.files = new DocumentFiles(
                new ContentExtraction(new TextExtractor()),
                new DocumentFactsClassifier(new MessageClassifier(DocumentClassifier.withRulesAndModel(catalogue))));
    }

    /** Exit status 0 when every file was read, 1 when one could not be. */
    int classify(List<Path> paths, PrintStream out) {
        int status = 0;
        for (Path path : paths) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", path.toString());
            try {
                line.putAll(describe(files.classify(path)));
            } catch (IOException | RuntimeException e) {
                line.put("error", "không đọc được tệp / cannot read the file: " + e.getMessage());
                status = 1;
            }
            out.println(JSON.writeValueAsString(line));
        }
        return status;
    }

    /**
     * Scores the classifier, and the statistical model alone on the same texts without their
     * {@code Số} and title lines, on every file listed in {@code DIR/labels.tsv} (file, type name, number/symbol); issue
     * dates from {@code DIR/dates.tsv} (file, ISO date) when present; only the {@code test} rows
     * of {@code DIR/split.tsv} when present.
     */
    int evaluate(Path dir, PrintStream out) throws IOException {
        Map<String, String> split = table(dir.resolve("split.tsv"));
        Map<String, String> dates = table(dir.resolve("dates.tsv"));
        ClassifierEvaluation evaluation = new ClassifierEvaluation();
        ClassifierEvaluation modelAlone = new ClassifierEvaluation();
        TypeModel model = TypeModel.loadDefault();
        HeaderEvidenceRemover remover = new HeaderEvidenceRemover(catalogue);
        int scored = 0;
        for (String line : Files.readAllLines(dir.resolve("labels.tsv"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", -1);
            if (line.startsWith("#") || line.isBlank() || cells.length < 2) {
                continue;
            }
            if (!split.isEmpty() && !"test".equals(split.get(cells[0]))) {
                continue;
            }
            DocumentFiles.Document document = files.read(dir.resolve(cells[0]));
            DocumentFacts facts = files.classify(document);
            evaluation.addType(cells[0], cells[1], facts.typeName());
            TypeModel.Prediction prediction = model.predict("", remover.remove(document.text()));
            modelAlone.addType(
                    cells[0],
                    cells[1],
                    prediction.typeId().flatMap(catalogue::type).map(DocumentType::name));
            if (cells.length > 2 && !cells[2].isBlank()) {
                evaluation.addNumberSymbol(cells[0], cells[2], facts.numberSymbol());
            }
            String date = dates.getOrDefault(cells[0], "");
            if (!date.isBlank()) {
                evaluation.addDate(cells[0], date, facts.issuedOn().map(Object::toString));
            }
            scored++;
        }
        out.println((split.isEmpty() ? "" : "test split only; ") + scored + " labelled file(s)");
        out.println("## Bộ phân loại / classifier (header rules + model)\n");
        out.println(evaluation.report());
        out.println("## Mô hình thống kê riêng, không có dòng Số và dòng tên loại /"
                + " statistical model alone, without the Số and title lines\n");
        out.println(modelAlone.report());
        return 0;
    }

    private static Map<String, Object> describe(DocumentFacts facts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", facts.type());
        json.put("typeName", facts.typeName().orElse(null));
        json.put("confidence", Math.round(facts.confidence() * 1000) / 1000.0);
        json.put("number", facts.numberSymbol().map(DocumentCommands::number).orElse(null));
        json.put("symbol", facts.numberSymbol().map(DocumentCommands::symbol).orElse(null));
        json.put("numberSymbol", facts.numberSymbol().orElse(null));
        json.put("issuer", facts.issuer().orElse(null));
        json.put("date", facts.issuedOn().map(Object::toString).orElse(null));
        json.put("subject", facts.subject().orElse(null));
        json.put("secrecy", facts.secrecy().orElse(null));
        json.put("urgency", facts.urgency().orElse(null));
        json.put("reasons", facts.reasons());
        return json;
    }

    /** "15/QĐ-BTP" → "15"; "30/2020/NĐ-CP" → "30". */
    private static String number(String numberSymbol) {
        int slash = numberSymbol.indexOf('/');
        return slash < 0 ? numberSymbol : numberSymbol.substring(0, slash);
    }

    /** "15/QĐ-BTP" → "QĐ-BTP"; "30/2020/NĐ-CP" → "NĐ-CP" (the year is part of the number). */
    private static String symbol(String numberSymbol) {
        int slash = numberSymbol.lastIndexOf('/');
        return slash < 0 ? "" : numberSymbol.substring(slash + 1);
    }

    private static Map<String, String> table(Path file) throws IOException {
        Map<String, String> table = new HashMap<>();
        if (!Files.exists(file)) {
            return table;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", -1);
            if (!line.startsWith("#") && cells.length > 1) {
                table.put(cells[0], cells[1].strip());
            }
        }
        return table;
    }
}
