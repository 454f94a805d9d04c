package vn.officialmail.indexer.analysis;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * NFC composition then lower case, exactly as {@link ICUNormalizer2Filter} (NFC) followed by {@link
 * org.apache.lucene.analysis.LowerCaseFilter}, with a shortcut for words of {@link LatinLetters}
 * (every Vietnamese word): those are already composed and are lower-cased by table.
 */
final class ExactFormFilter extends TokenFilter {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder composed = new StringBuilder();

    ExactFormFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!LatinLetters.lowerCaseInPlace(term.buffer(), term.length())) {
            if (NFC.quickCheck(term) != Normalizer.YES) {
                composed.setLength(0);
                NFC.normalize(term, composed);
                term.setEmpty().append(composed);
            }
            CharacterUtils.toLowerCase(term.buffer(), 0, term.length());
        }
        return true;
    }
}
