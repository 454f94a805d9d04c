package vn.officialmail.indexer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.junit.jupiter.api.Test;

class LatinLettersTest {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** The exact analyzer as it was before the table: the reference {@link ExactFormFilter} must equal. */
    private static final class IcuExact extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(new ICUNormalizer2Filter(tokenizer, NFC)));
        }
    }

    @Test
    void everyCharacterOfTheTableFoldsAndLowerCasesAsIcuDoes() {
        int inTable = 0;
        for (char c = 0; c < 0x1F00; c++) {
            if (!LatinLetters.inTable(c)) {
                continue;
            }
            inTable++;
            String one = String.valueOf(c);
            assertThat(fold(one)).as("fold U+%04X", (int) c).isEqualTo(ICUFoldingFilter.NORMALIZER.normalize(one));
            assertThat(lower(one)).as("lower U+%04X", (int) c).isEqualTo(icuExact(one));
        }
        assertThat(inTable)
                .as("ASCII letters and digits, Latin-1, Vietnamese and more")
                .isGreaterThan(400);
    }

    @Test
    void everyVietnameseLetterWithEveryToneIsInTheTable() {
        String letters = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
        String tones = "\u0300\u0301\u0303\u0309\u0323";
        List<String> missing = new ArrayList<>();
        for (char letter : letters.toCharArray()) {
            for (char tone : (tones + " ").toCharArray()) {
                String composed = NFC.normalize(tone == ' ' ? "" + letter : "" + letter + tone);
                if (composed.length() != 1 || !LatinLetters.inTable(composed.charAt(0))) {
                    missing.add(composed);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(LatinLetters.inTable('đ')).isTrue();
        assertThat(LatinLetters.inTable('Đ')).isTrue();
    }

    @Test
    void randomWordsOfTableCharactersFoldAndLowerCaseAsIcuDoes() {
        List<Character> table = new ArrayList<>();
        for (char c = 0; c < 0x1F00; c++) {
            if (LatinLetters.inTable(c)) {
                table.add(c);
            }
        }
        Random random = new Random(20261124);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder word = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                word.append(table.get(random.nextInt(table.size())));
            }
            String text = word.toString();
            assertThat(fold(text)).as("fold %s", text).isEqualTo(ICUFoldingFilter.NORMALIZER.normalize(text));
            assertThat(lower(text)).as("lower %s", text).isEqualTo(icuExact(text));
        }
    }

    @Test
    void wordsWithAnyOtherCharacterAreLeftUntouched() {
        for (String word : List.of("họp.v2", "a\u0301", "ß", "Ａ", "x^", "中文")) {
            char[] chars = word.toCharArray();
            assertThat(LatinLetters.foldInPlace(chars, chars.length)).as(word).isFalse();
            assertThat(LatinLetters.lowerCaseInPlace(chars, chars.length))
                    .as(word)
                    .isFalse();
            assertThat(new String(chars)).isEqualTo(word);
        }
    }

    @Test
    void exactAnalyzerGivesWhatIcuNfcAndLowerCaseGaveOnRandomText() {
        Random random = new Random(20261125);
        ExactVietnameseAnalyzer analyzer = new ExactVietnameseAnalyzer();
        IcuExact reference = new IcuExact();
        for (int i = 0; i < 2000; i++) {
            String text = i % 2 == 0 ? RandomVietnamese.vietnamese(random, 80) : RandomVietnamese.anything(random, 80);
            assertThat(TokenStreams.terms(analyzer, text))
                    .as("terms of %s", text)
                    .isEqualTo(TokenStreams.terms(reference, text));
        }
    }

    private static String fold(String word) {
        char[] chars = word.toCharArray();
        assertThat(LatinLetters.foldInPlace(chars, chars.length)).isTrue();
        return new String(chars);
    }

    private static String lower(String word) {
        char[] chars = word.toCharArray();
        assertThat(LatinLetters.lowerCaseInPlace(chars, chars.length)).isTrue();
        return new String(chars);
    }

    /** NFC, then lower case code point by code point, as the exact analyzer did. */
    private static String icuExact(String word) {
        StringBuilder lower = new StringBuilder();
        NFC.normalize(word).codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
        return lower.toString();
    }
}
