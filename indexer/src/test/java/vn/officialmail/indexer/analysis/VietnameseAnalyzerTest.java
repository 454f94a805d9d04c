package vn.officialmail.indexer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {

    private final Analyzer analyzer = new VietnameseAnalyzer();

    @AfterEach
    void closeAnalyzer() {
        analyzer.close();
    }

    @Test
    void analyzeShouldFoldToneMarksAndCaseWhenTextHasDiacritics() {
        List<String> terms = TokenStreams.terms(analyzer, "Giấy mời họp");

        assertThat(terms).containsExactly("giay", "moi", "hop");
    }

    @Test
    void analyzeShouldFoldDWithStrokeWhenUpperOrLowerCase() {
        List<String> upper = TokenStreams.terms(analyzer, "ĐƠN");
        List<String> lower = TokenStreams.terms(analyzer, "đơn Đề nghị");

        assertThat(upper).containsExactly("don");
        assertThat(lower).containsExactly("don", "de", "nghi");
    }

    @Test
    void analyzeShouldGiveSameTermsWhenInputIsDecomposed() {
        String composed = "Quyết định về việc Giấy mời";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

        List<String> terms = TokenStreams.terms(analyzer, decomposed);

        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(terms).isEqualTo(TokenStreams.terms(analyzer, composed));
        assertThat(TokenStreams.terms(analyzer, "mo\u0301i")).containsExactly("moi");
    }

    @Test
    void analyzeShouldMatchTextWithoutDiacriticsWhenTextHasThem() {
        List<String> typed = TokenStreams.terms(analyzer, "giay moi");

        assertThat(typed).isEqualTo(TokenStreams.terms(analyzer, "Giấy mời"));
        assertThat(typed).isEqualTo(TokenStreams.terms(analyzer, "Giày mới"));
    }

    @Test
    void analyzeShouldGiveNoTermsWhenInputIsEmptyOrPunctuation() {
        assertThat(TokenStreams.terms(analyzer, "")).isEmpty();
        assertThat(TokenStreams.terms(analyzer, " .,;!? \u00a0")).isEmpty();
    }

    @Test
    void analyzeShouldNeverThrowAndFoldNfdLikeNfcWhenInputIsRandom() {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        System.out.println("VietnameseAnalyzerTest seed: -Dtests.seed=" + seed);
        Random random = new Random(seed);

        for (int i = 0; i < 500; i++) {
            String noise = RandomVietnamese.anything(random, 80);
            String text = RandomVietnamese.vietnamese(random, 80);
            String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
            String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);

            assertThatCode(() -> TokenStreams.terms(analyzer, noise))
                    .as("seed %d, input '%s'", seed, noise)
                    .doesNotThrowAnyException();
            assertThat(TokenStreams.terms(analyzer, nfd))
                    .as("seed %d, input '%s'", seed, text)
                    .isEqualTo(TokenStreams.terms(analyzer, nfc))
                    .allSatisfy(term -> assertThat(term).doesNotContainPattern("\\p{M}"));
        }
    }
}
