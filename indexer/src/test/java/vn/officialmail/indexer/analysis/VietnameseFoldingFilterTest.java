package vn.officialmail.indexer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.junit.jupiter.api.Test;

class VietnameseFoldingFilterTest {

    /** The analyzer as it was before the ASCII shortcut: the reference the shortcut must equal. */
    private static final class IcuFolding extends Analyzer {
        private final boolean whitespace;

        IcuFolding(boolean whitespace) {
            this.whitespace = whitespace;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = whitespace ? new WhitespaceTokenizer() : new ICUTokenizer();
            return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
        }
    }

    private static final class ShortcutFolding extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new WhitespaceTokenizer();
            TokenStream folded = new VietnameseFoldingFilter(tokenizer);
            return new TokenStreamComponents(tokenizer, folded);
        }
    }

    @Test
    void everyAsciiCharacterFoldsAsIcuFoldsIt() {
        StringBuilder text = new StringBuilder();
        for (char c = 1; c < 0x80; c++) {
            if (Character.isWhitespace(c)) {
                continue;
            }
            text.append(c).append(' ').append("x").append(c).append("Y ");
        }
        assertThat(TokenStreams.terms(new ShortcutFolding(), text.toString()))
                .isEqualTo(TokenStreams.terms(new IcuFolding(true), text.toString()));
    }

    @Test
    void randomVietnameseAndOtherTextFoldsAsIcuFoldsIt() {
        Random random = new Random(20261124);
        VietnameseAnalyzer analyzer = new VietnameseAnalyzer();
        IcuFolding reference = new IcuFolding(false);
        for (int i = 0; i < 2000; i++) {
            String text = i % 2 == 0 ? RandomVietnamese.vietnamese(random, 80) : RandomVietnamese.anything(random, 80);
            assertThat(TokenStreams.terms(analyzer, text))
                    .as("terms of %s", text)
                    .isEqualTo(TokenStreams.terms(reference, text));
        }
    }

    @Test
    void upperCaseAsciiAndVietnameseFoldTheSameWay() {
        assertThat(TokenStreams.terms(new VietnameseAnalyzer(), "GIẤY MỜI Giay Moi HOP 2026 ĐÀ NẴNG"))
                .containsExactly("giay", "moi", "giay", "moi", "hop", "2026", "da", "nang");
    }
}
