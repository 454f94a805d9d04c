package vn.officialmail.indexer.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * Analyzer for the exact (diacritics-kept) text fields: Unicode word segmentation, NFC composition,
 * then lower case.
 *
 * <p>"Giấy mời" becomes {@code giấy mời} and stays distinct from "Giày mới", which folds to the same
 * {@code giay moi} in {@link VietnameseAnalyzer}. NFD input is composed first, so it gives the same
 * terms as NFC input.
 */
public final class ExactVietnameseAnalyzer extends Analyzer {

    /** Creates the analyzer; it holds no state beyond Lucene's per-thread token stream reuse. */
    public ExactVietnameseAnalyzer() {}

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        return new TokenStreamComponents(tokenizer, composeAndLowerCase(tokenizer));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return composeAndLowerCase(in);
    }

    /**
     * The filters of this analyzer over words already split, shared with {@link TwinAnalysis}.
     *
     * @param words the words of {@link ICUTokenizer}
     * @return the composed, lower-cased terms
     */
    static TokenStream composeAndLowerCase(TokenStream words) {
        return new ExactFormFilter(words);
    }
}
