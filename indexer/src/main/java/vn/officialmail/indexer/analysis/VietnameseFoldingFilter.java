package vn.officialmail.indexer.analysis;

import com.ibm.icu.text.Normalizer;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * ICU folding, exactly as {@link ICUFoldingFilter}, with a shortcut for words of {@link LatinLetters}
 * only (ASCII, every Vietnamese syllable with or without marks, numbers): those are folded by table
 * instead of through the ICU normaliser, which was a tenth of the indexing CPU.
 */
public final class VietnameseFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder folded = new StringBuilder();

    public VietnameseFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!LatinLetters.foldInPlace(term.buffer(), term.length())
                && ICUFoldingFilter.NORMALIZER.quickCheck(term) != Normalizer.YES) {
            folded.setLength(0);
            ICUFoldingFilter.NORMALIZER.normalize(term, folded);
            term.setEmpty().append(folded);
        }
        return true;
    }
}
