package vn.officialmail.indexer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExactVietnameseAnalyzerTest {

    private final Analyzer analyzer = new ExactVietnameseAnalyzer();

    @AfterEach
    void closeAnalyzer() {
        analyzer.close();
    }

    @Test
    void analyzeShouldKeepDiacriticsAndLowerCaseWhenTextHasThem() {
        List<String> terms = TokenStreams.terms(analyzer, "Giấy Mời HỌP");

        assertThat(terms).containsExactly("giấy", "mời", "họp");
    }

    @Test
    void analyzeShouldKeepDWithStrokeDistinctWhenUpperOrLowerCase() {
        List<String> terms = TokenStreams.terms(analyzer, "ĐƠN đơn don");

        assertThat(terms).containsExactly("đơn", "đơn", "don");
    }

    @Test
    void analyzeShouldComposeWhenInputIsDecomposed() {
        String decomposed = Normalizer.normalize("Giấy mời", Normalizer.Form.NFD);

        List<String> terms = TokenStreams.terms(analyzer, decomposed);

        assertThat(terms).containsExactly("giấy", "mời");
    }

    @Test
    void analyzeShouldTellApartWordsWhenTheyFoldAlike() {
        List<String> invitation = TokenStreams.terms(analyzer, "Giấy mời");
        List<String> newShoes = TokenStreams.terms(analyzer, "Giày mới");

        assertThat(invitation).isNotEqualTo(newShoes);
    }

    @Test
    void analyzeShouldGiveNoTermsWhenInputIsEmpty() {
        assertThat(TokenStreams.terms(analyzer, "")).isEmpty();
    }

    @Test
    void analyzeShouldNeverThrowAndComposeNfdLikeNfcWhenInputIsRandom() {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        System.out.println("ExactVietnameseAnalyzerTest seed: -Dtests.seed=" + seed);
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
                    .isEqualTo(TokenStreams.terms(analyzer, nfc));
        }
    }
}
