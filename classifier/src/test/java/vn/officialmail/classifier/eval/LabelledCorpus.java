package vn.officialmail.classifier.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The labelled real documents under {@code src/test/resources/documents/}, with their split. */
final class LabelledCorpus {

    record Document(String file, String typeName, String numberSymbol, String split, Optional<String> date) {

        String text() {
            return read("/documents/" + file);
        }
    }

    private LabelledCorpus() {}

    static List<Document> documents() {
        Map<String, String> split = table("/documents/split.tsv", 1);
        Map<String, String> dates = table("/documents/dates.tsv", 1);
        List<Document> documents = new ArrayList<>();
        for (String line : read("/documents/labels.tsv").split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            documents.add(new Document(
                    cells[0],
                    cells[1],
                    cells[2],
                    split.get(cells[0]),
                    Optional.ofNullable(dates.get(cells[0])).filter(d -> !d.isEmpty())));
        }
        return documents;
    }

    private static Map<String, String> table(String resource, int column) {
        Map<String, String> table = new HashMap<>();
        if (LabelledCorpus.class.getResource(resource) == null) {
            return table;
        }
        for (String line : read(resource).split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] cells = line.split("\t", -1);
                table.put(cells[0], cells[column].strip());
            }
        }
        return table;
    }

    static String read(String resource) {
        try (InputStream in = LabelledCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
