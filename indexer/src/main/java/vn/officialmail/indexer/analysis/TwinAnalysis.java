package vn.officialmail.indexer.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One text analysed for both of its fields, the folded one ({@link VietnameseAnalyzer}) and the exact
 * one ({@link ExactVietnameseAnalyzer}), with the words split only once.
 *
 * <p>Splitting Vietnamese text into words with the ICU break iterator was a quarter of the indexing
 * CPU, and every body and attachment text was split twice, once per field. Here the first of the two
 * streams to be read splits the text and keeps the words; both streams then replay them through
 * their analyzer's own filters, so the terms, positions and offsets are exactly what the analyzers
 * give (tested against them). The query side still uses the analyzers.
 *
 * <p>Not thread-safe: one instance belongs to one document being indexed on one thread.
 */
public final class TwinAnalysis {

    /** Holds the ICU tokenizer, reused per thread by the analyzer's reuse strategy. */
    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            return new TokenStreamComponents(tokenizer);
        }
    };

    private final String text;
    private Words words;

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

    private Words words() throws IOException {
        if (words == null) {
            words = Words.split(text);
        }
        return words;
    }

    /** The words of the text as the tokenizer gave them: characters back to back, with their bounds. */
    private record Words(
            char[] chars,
            int[] ends,
            int[] startOffsets,
            int[] endOffsets,
            int[] increments,
            int count,
            int finalOffset,
            int finalIncrement) {

        static Words split(String text) throws IOException {
            char[] chars = new char[Math.max(16, text.length())];
            int[] ends = new int[64];
            int[] starts = new int[64];
            int[] stops = new int[64];
            int[] increments = new int[64];
            int count = 0;
            int used = 0;
            try (TokenStream tokens = WORDS.tokenStream("", text)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
                PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    if (count == ends.length) {
                        ends = Arrays.copyOf(ends, count * 2);
                        starts = Arrays.copyOf(starts, count * 2);
                        stops = Arrays.copyOf(stops, count * 2);
                        increments = Arrays.copyOf(increments, count * 2);
                    }
                    if (used + term.length() > chars.length) {
                        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + term.length()));
                    }
                    System.arraycopy(term.buffer(), 0, chars, used, term.length());
                    used += term.length();
                    ends[count] = used;
                    starts[count] = offset.startOffset();
                    stops[count] = offset.endOffset();
                    increments[count] = increment.getPositionIncrement();
                    count++;
                }
                tokens.end();
                return new Words(
                        chars,
                        ends,
                        starts,
                        stops,
                        increments,
                        count,
                        offset.endOffset(),
                        increment.getPositionIncrement());
            }
        }
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
            Words all = words();
            if (next == all.count()) {
                return false;
            }
            clearAttributes();
            int start = next == 0 ? 0 : all.ends()[next - 1];
            term.copyBuffer(all.chars(), start, all.ends()[next] - start);
            offset.setOffset(all.startOffsets()[next], all.endOffsets()[next]);
            increment.setPositionIncrement(all.increments()[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            Words all = words();
            offset.setOffset(all.finalOffset(), all.finalOffset());
            increment.setPositionIncrement(all.finalIncrement());
        }
    }
}
