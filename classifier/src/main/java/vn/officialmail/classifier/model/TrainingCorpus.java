package vn.officialmail.classifier.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.officialmail.config.catalogue.DocumentType;
import vn.officialmail.config.catalogue.DocumentTypeCatalogue;

/**
 * Reads the training texts from the repository: the {@code train} half of the real documents
 * ({@code labels.tsv} + {@code split.tsv}) and the written training e-mails ({@code labels.tsv}: file,
 * type name, number, kind, subject). Test-split documents are skipped by construction, and a folder
 * named {@code heldout} is refused, so evaluation texts cannot leak into the model.
 */
final class TrainingCorpus {

    private final DocumentTypeCatalogue catalogue;
    private final HeaderEvidenceRemover remover;

    TrainingCorpus(DocumentTypeCatalogue catalogue) {
        this.catalogue = catalogue;
        this.remover = new HeaderEvidenceRemover(catalogue);
    }

    /** The train-split real documents, without their Số and title lines. */
    List<TrainingExample> realDocuments(Path folder) throws IOException {
        Map<String, String> split = new HashMap<>();
        for (String[] row : rows(folder.resolve("split.tsv"))) {
            split.put(row[0], row[1].strip());
        }
        List<TrainingExample> examples = new ArrayList<>();
        for (String[] row : rows(folder.resolve("labels.tsv"))) {
            String part = split.get(row[0]);
            if (part == null) {
                throw new IOException("document " + row[0] + " has no split in " + folder.resolve("split.tsv"));
            }
            if (part.equals("train")) {
                examples.add(example("documents/" + row[0], typeId(row[1], row[0]), "", folder.resolve(row[0])));
            }
        }
        return examples;
    }

    /** The written training e-mails and documents. */
    List<TrainingExample> writtenExamples(Path folder) throws IOException {
        if (folder.toAbsolutePath().normalize().toString().contains("heldout")) {
            throw new IllegalArgumentException("the held-out written set must never be trained on: " + folder);
        }
        List<TrainingExample> examples = new ArrayList<>();
        for (String[] row : rows(folder.resolve("labels.tsv"))) {
            String subject = row.length > 4 ? row[4] : "";
            String typeId = row[1].isBlank() ? TypeModel.NO_TYPE : typeId(row[1], row[0]);
            examples.add(example("written/" + row[0], typeId, subject, folder.resolve(row[0])));
        }
        return examples;
    }

    private TrainingExample example(String source, String typeId, String subject, Path file) throws IOException {
        String body = remover.remove(Files.readString(file, StandardCharsets.UTF_8));
        return new TrainingExample(source, typeId, subject, body);
    }

    private String typeId(String typeName, String file) {
        return catalogue.types().stream()
                .filter(t -> t.name().equals(typeName.strip()))
                .map(DocumentType::id)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown type name '" + typeName + "' for " + file
                        + "; known: "
                        + catalogue.types().stream().map(DocumentType::name).toList()));
    }

    private static List<String[]> rows(Path tsv) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }
}
