package vn.officialmail.indexer.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * Analyzer for the folded text fields: Unicode word segmentation, then ICU folding (NFKC, case
 * folding, removal of tone marks and other diacritics, {@code đ}/{@code Đ} to {@code d}).
 *
 * <p>So "Giấy mời họp" becomes {@code giay moi hop}, and decomposed (NFD) input gives the same terms
 * as composed (NFC) input, because folding normalises before it strips marks. Queries are analysed
 * with the same chain, so a user who types without diacritics finds text written with them.
 */
public final class VietnameseAnalyzer extends Analyzer {

    /** Creates the analyzer; it holds no state beyond Lucene's per-thread token stream reuse. */
    public VietnameseAnalyzer() {}

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        return new TokenStreamComponents(tokenizer, fold(tokenizer));
    }

    /**
     * The filters of this analyzer over words already split, shared with {@link TwinAnalysis}.
     *
     * @param words the words of {@link ICUTokenizer}
     * @return the folded terms
     */
    static TokenStream fold(TokenStream words) {
        return new VietnameseFoldingFilter(words);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new VietnameseFoldingFilter(in);
    }
}
