package vn.officialmail.classifier.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Secrecy marks measured on a committed labelled set (stamps as scanning and retyping leave them,
 * and the trap words "mật khẩu", "bí mật", "mật độ" each in at least ten contexts) and on every
 * real and written document of the test resources, none of which is marked. A secret document that
 * slips through travels by e-mail; a false alarm holds an ordinary letter: both are counted.
 */
class SecrecyMarkLabelledSetTest {

    private record Case(String expected, String kind, String note, String subject, String text) {

        String found() {
            return MarkingDetector.detect(subject, text)
                    .secrecy()
                    .map(mark -> mark.level().name())
                    .orElse("NONE");
        }
    }

    @Test
    void everyMarkShouldBeFoundAndNoTrapOrRealDocumentMistakenForOne() throws Exception {
        List<Case> cases = new ArrayList<>(labelled());
        cases.addAll(unmarkedDocuments());

        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        int marks = 0;
        for (Case c : cases) {
            String found = c.found();
            if (!c.expected().equals("NONE")) {
                marks++;
                if (!found.equals(c.expected())) {
                    missed.add(c.note() + ": expected " + c.expected() + ", found " + found);
                }
            } else if (!found.equals("NONE")) {
                falseAlarms.add(c.kind() + " / " + c.note() + ": " + found);
            }
        }
        System.out.printf(
                "secrecy marks: %d cases, %d marked, %d found, %d unmarked, %d false alarms%n",
                cases.size(), marks, marks - missed.size(), cases.size() - marks, falseAlarms.size());

        assertThat(missed).as("marks not found").isEmpty();
        assertThat(falseAlarms).as("false alarms").isEmpty();
        assertThat(cases.size() - marks).as("unmarked cases measured").isGreaterThan(250);
    }

    @Test
    void eachTrapWordShouldAppearInAtLeastTenContexts() throws Exception {
        Map<String, Integer> contexts = new TreeMap<>();
        for (Case c : labelled()) {
            if (c.kind().startsWith("trap:")) {
                contexts.merge(c.kind().substring("trap:".length()), 1, Integer::sum);
            }
        }
        assertThat(contexts).containsKeys("mật khẩu", "bí mật", "mật độ");
        assertThat(contexts.get("mật khẩu")).isGreaterThanOrEqualTo(10);
        assertThat(contexts.get("bí mật")).isGreaterThanOrEqualTo(10);
        assertThat(contexts.get("mật độ")).isGreaterThanOrEqualTo(10);
    }

    private static List<Case> labelled() throws IOException, URISyntaxException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(resource("/marking/secrecy-marks.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            cases.add(new Case(f[0], f[1], f[2], f[3], f[4].replace("\\n", "\n")));
        }
        return cases;
    }

    private static List<Case> unmarkedDocuments() throws IOException, URISyntaxException {
        List<Case> cases = new ArrayList<>();
        for (String folder : List.of("/documents", "/written", "/synthetic")) {
            try (Stream<Path> files = Files.walk(resource(folder))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".txt"))
                        .sorted()
                        .toList()) {
                    cases.add(new Case(
                            "NONE",
                            "real" + folder,
                            file.getFileName().toString(),
                            "",
                            Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        return cases;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(SecrecyMarkLabelledSetTest.class.getResource(name), name)
                .toURI());
    }
}
