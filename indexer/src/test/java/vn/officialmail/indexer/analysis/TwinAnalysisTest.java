package vn.officialmail.indexer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class TwinAnalysisTest {

    private final Analyzer folded = new VietnameseAnalyzer();
    private final Analyzer exact = new ExactVietnameseAnalyzer();

    @Test
    void foldedAndExactStreamsGiveWhatTheAnalyzersGive() throws IOException {
        String text = "Kính gửi: Sở Tư pháp.\nGIẤY MỜI họp ngày 05/12/2026 tại Hội trường Đà Nẵng, số 123/QĐ-UBND.";
        TwinAnalysis twin = TwinAnalysis.of(text);

        List<String> foldedTokens = tokens(twin.folded());
        List<String> exactTokens = tokens(twin.exact());

        assertThat(foldedTokens).isEqualTo(tokens(folded.tokenStream("body", text)));
        assertThat(exactTokens).isEqualTo(tokens(exact.tokenStream("body.exact", text)));
        assertThat(foldedTokens).contains("giay@22-26+1", "da@66-68+1");
        assertThat(exactTokens).contains("giấy@22-26+1", "đà@66-68+1");
    }

    @Test
    void theExactStreamReadFirstGivesTheSame() throws IOException {
        String text = "Giấy mời họp giao ban tuần";
        TwinAnalysis twin = TwinAnalysis.of(text);

        assertThat(tokens(twin.exact())).isEqualTo(tokens(exact.tokenStream("f", text)));
        assertThat(tokens(twin.folded())).isEqualTo(tokens(folded.tokenStream("f", text)));
    }

    @Test
    void randomTextsGiveTheSameTermsOffsetsAndPositionsAsTheAnalyzers() throws IOException {
        Random random = new Random(20261124);
        for (int i = 0; i < 2_000; i++) {
            String text =
                    i % 2 == 0 ? RandomVietnamese.vietnamese(random, 300) : RandomVietnamese.anything(random, 300);
            TwinAnalysis twin = TwinAnalysis.of(text);
            assertThat(tokens(twin.folded())).as("folded: %s", text).isEqualTo(tokens(folded.tokenStream("f", text)));
            assertThat(tokens(twin.exact())).as("exact: %s", text).isEqualTo(tokens(exact.tokenStream("f", text)));
        }
    }

    @Test
    void emptyTextGivesNoTerms() throws IOException {
        TwinAnalysis twin = TwinAnalysis.of("");

        assertThat(tokens(twin.folded())).containsExactly("end@0+0");
        assertThat(tokens(twin.exact())).containsExactly("end@0+0");
    }

    /** Every term as {@code term@start-end+increment}, then the final offset and increment. */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+"
                        + increment.getPositionIncrement());
            }
            stream.end();
            tokens.add("end@" + offset.endOffset() + "+" + increment.getPositionIncrement());
        }
        return tokens;
    }
}
