package vn.officialmail.indexer.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One text analysed for both of its fields, the folded one ({@link VietnameseAnalyzer}) and the exact
 * one ({@link ExactVietnameseAnalyzer}), with the words split only once.
 *
 * <p>Splitting Vietnamese text into words with the ICU break iterator was a quarter of the indexing
 * CPU, and every body and attachment text was split twice, once per field. Here the first of the two
 * streams to be read splits the text ({@link SplitWords}) and keeps the words; both streams then
 * replay them through their analyzer's own filters, so the terms, positions and offsets are exactly
 * what the analyzers give (tested against them). The query side still uses the analyzers.
 *
 * <p>Not thread-safe: one instance belongs to one document being indexed on one thread.
 */
public final class TwinAnalysis {

    private final String text;
    private SplitWords words;

    private TwinAnalysis(String text) {
        this.text = text;
    }

    /**
     * Prepares a text; nothing is analysed until one of the streams is read.
     *
     * @param text the text of a field pair
     * @return the pair of streams' source
     */
    public static TwinAnalysis of(String text) {
        return new TwinAnalysis(text);
    }

    /** The terms {@link VietnameseAnalyzer} gives for the text, with their offsets. */
    public TokenStream folded() {
        return VietnameseAnalyzer.fold(new Replay());
    }

    /** The terms {@link ExactVietnameseAnalyzer} gives for the text, with their offsets. */
    public TokenStream exact() {
        return ExactVietnameseAnalyzer.composeAndLowerCase(new Replay());
    }

    private SplitWords words() throws IOException {
        if (words == null) {
            words = SplitWords.of(text);
        }
        return words;
    }

    /** The kept words again, as a tokenizer would give them. */
    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int next;

        @Override
        public void reset() throws IOException {
            super.reset();
            words();
            next = 0;
        }

        @Override
        public boolean incrementToken() throws IOException {
            SplitWords all = words();
            if (next == all.count()) {
                return false;
            }
            clearAttributes();
            int start = next == 0 ? 0 : all.ends()[next - 1];
            term.copyBuffer(all.chars(), start, all.ends()[next] - start);
            offset.setOffset(all.startOffsets()[next], all.endOffsets()[next]);
            increment.setPositionIncrement(SplitWords.increment());
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            SplitWords all = words();
            offset.setOffset(all.finalOffset(), all.finalOffset());
            increment.setPositionIncrement(0);
        }
    }
}
