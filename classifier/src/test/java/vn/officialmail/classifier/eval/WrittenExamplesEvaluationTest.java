package vn.officialmail.classifier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.officialmail.classifier.classify.Classification;
import vn.officialmail.classifier.classify.DocumentClassifier;
import vn.officialmail.classifier.classify.DocumentText;
import vn.officialmail.classifier.marking.Mark;
import vn.officialmail.config.catalogue.CatalogueLoader;

/**
 * The types the real corpus lacks (Giấy mời, Báo cáo, Tờ trình, drafts for comments, replies), scored
 * on written examples under {@code src/test/resources/synthetic/} with a mail subject each.
 */
class WrittenExamplesEvaluationTest {

    private final DocumentClassifier classifier = DocumentClassifier.withRulesAndModel(CatalogueLoader.loadDefault());

    @Test
    void everyWrittenExampleShouldGetItsTypeNumberDateAndMarks() {
        int checked = 0;
        for (String line : LabelledCorpus.read("/synthetic/labels.tsv").split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String file = cells[0];

            Classification result =
                    classifier.classify(new DocumentText(cells[4], LabelledCorpus.read("/synthetic/" + file)));

            assertThat(result.typeName().orElse(""))
                    .as(file + " " + result.reasons())
                    .isEqualTo(cells[1]);
            assertThat(result.header().numberSymbol().map(n -> n.value().text()).orElse(""))
                    .as(file)
                    .isEqualTo(cells[2]);
            assertThat(result.header().date().map(d -> d.value().toString()).orElse(""))
                    .as(file)
                    .isEqualTo(cells[3]);
            assertThat(result.markings().secrecy().map(m -> m.level().stamp()).orElse(""))
                    .as(file)
                    .isEqualTo(cells[5]);
            assertThat(result.markings()
                            .urgency()
                            .map(Mark::level)
                            .map(l -> l.stamp())
                            .orElse(""))
                    .as(file)
                    .isEqualTo(cells[6]);
            checked++;
        }
        assertThat(checked).isEqualTo(6);
    }
}
