package vn.officialmail.indexer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class SplitWordsTest {

    private static final String[] SPACES = {" ", " ", " ", "  ", "\n", "\r\n", "\t", " \n "};
    private static final String[] OPENING = {"(", "[", "\"", "'", "“", "‘", "(\""};
    private static final String[] CLOSING = {
        ",", ".", ";", ":", "!", "?", ")", "]", "\"", "'", "”", "’", "…", "...", ").", "\","
    };
    /** Pieces the shortcut must leave to the tokenizer, or whose neighbours it must not misread. */
    private static final String[] ODD = {
        "05/12/2026",
        "123/QĐ-UBND",
        "họp.v2",
        "e.g.",
        "U.S.A",
        "1,000.5",
        "don't",
        "l’État",
        "a_b",
        "x@y.vn",
        "\u0301",
        "a\u0301",
        "\u00a0",
        "\u200b",
        "\ufeff",
        "\u200d",
        "\u00ad",
        "中文字",
        "カタカナ",
        "한국어",
        "ไทย",
        "😀",
        "👍🏽",
        "²",
        "ª",
        "ß",
        "Ａ",
        "١٢٣",
        "—",
        "-",
        "–",
        "/",
        "&",
        "%",
        "#1",
        "$5",
        "½",
        "ǅ",
        "ﬁ",
        "İ",
        "Ω",
        "ς",
        "\u0000",
        "\u3000",
        "\u2028",
        "\u0085",
        "\u000b",
        "\u000c",
        "a'b'c",
        "'",
        "''",
        "\"\"",
        ".",
        ",",
        "(",
        ")",
        "a.b.",
        "3.14",
        "Đ.",
        "v.v.",
        "TP.HCM",
        "20%",
        "\ud83d\ude00x"
    };

    @Test
    void wordsAreTheTokenizersOnRandomTexts() throws IOException {
        Random random = new Random(20261124);
        for (int i = 0; i < 5_000; i++) {
            String text = randomText(random, 1 + random.nextInt(i % 10 == 0 ? 3_000 : 120));
            assertThat(words(text)).as("words of %s", text).isEqualTo(tokenizerWords(text));
        }
    }

    @Test
    void wordsAreTheTokenizersOnLongTextsAndLongPieces() throws IOException {
        Random random = new Random(20261125);
        for (int i = 0; i < 60; i++) {
            StringBuilder text = new StringBuilder(randomText(random, 6_000 + random.nextInt(8_000)));
            if (i % 3 == 0) {
                int at = random.nextInt(text.length());
                text.insert(at, "x".repeat(900 + random.nextInt(5_000))); // one piece past the tokenizer's buffer
            }
            assertThat(words(text.toString())).as("long text %d", i).isEqualTo(tokenizerWords(text.toString()));
        }
    }

    @Test
    void plainWordsWithPunctuationAreSplitWithoutTheTokenizer() throws IOException {
        String text = "Kính gửi: (Sở Tư pháp), “đồng chí” ngày 2026… họp.";

        assertThat(words(text)).isEqualTo(tokenizerWords(text));
        assertThat(words(text))
                .extracting(word -> word.substring(0, word.indexOf('@')))
                .containsExactly("Kính", "gửi", "Sở", "Tư", "pháp", "đồng", "chí", "ngày", "2026", "họp");
    }

    @Test
    void emptyAndSpaceOnlyTextsHaveNoWords() throws IOException {
        for (String text : List.of("", " ", "\n\t ", "( , ) …")) {
            assertThat(words(text)).as("'%s'", text).isEmpty();
            assertThat(tokenizerWords(text)).isEmpty();
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int kind = random.nextInt(20);
            if (kind < 12) {
                text.append(word(random));
            } else if (kind < 15) {
                text.append(OPENING[random.nextInt(OPENING.length)]).append(word(random));
            } else if (kind < 18) {
                text.append(word(random)).append(CLOSING[random.nextInt(CLOSING.length)]);
            } else if (kind < 19) {
                String odd = ODD[random.nextInt(ODD.length)];
                text.append(
                        random.nextBoolean() ? odd : word(random) + odd + (random.nextBoolean() ? word(random) : ""));
            } else {
                text.append(RandomVietnamese.anything(random, 8));
            }
            text.append(SPACES[random.nextInt(SPACES.length)]);
        }
        return text.toString();
    }

    /** An NFC Vietnamese syllable, a number, or a Latin word. */
    private static String word(Random random) {
        if (random.nextInt(8) == 0) {
            return Integer.toString(random.nextInt(100_000));
        }
        String syllable = RandomVietnamese.vietnamese(random, 6).replaceAll("[^\\p{L}\\p{M}]", "");
        String word = Normalizer.normalize(syllable.isEmpty() ? "a" : syllable, Normalizer.Form.NFC);
        return word.isEmpty() || Character.getType(word.charAt(0)) == Character.NON_SPACING_MARK ? "ta" + word : word;
    }

    private static List<String> words(String text) throws IOException {
        SplitWords split = SplitWords.of(text);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < split.count(); i++) {
            int start = i == 0 ? 0 : split.ends()[i - 1];
            words.add(new String(split.chars(), start, split.ends()[i] - start) + "@" + split.startOffsets()[i] + "-"
                    + split.endOffsets()[i]);
        }
        assertThat(split.finalOffset()).isEqualTo(text.length());
        return words;
    }

    private static List<String> tokenizerWords(String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (ICUTokenizer tokenizer = new ICUTokenizer()) {
            tokenizer.setReader(new java.io.StringReader(text));
            TokenStream tokens = tokenizer;
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                assertThat(increment.getPositionIncrement()).isEqualTo(1);
                words.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            tokens.end();
            assertThat(offset.endOffset()).isEqualTo(text.length());
            assertThat(increment.getPositionIncrement()).isZero();
        }
        return words;
    }
}
