package vn.officialmail.indexer.analysis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one folding of keyword values (document type, unit code, query prefixes) shared by the index
 * writer and the query: NFC first, then lower case, diacritics removed and {@code đ} read as {@code
 * d}, so {@code loai:QĐ}, {@code loai:qd} and {@code loại:QD} are the same.
 */
public final class Keywords {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Keywords() {}

    /**
     * Folds a keyword.
     *
     * @param value any text
     * @return the text stripped, lower case, without diacritics, {@code đ}/{@code Đ} as {@code d}
     */
    public static String fold(String value) {
        String decomposed = Normalizer.normalize(value.strip(), Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return bare.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
