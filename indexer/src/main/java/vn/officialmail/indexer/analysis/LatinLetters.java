package vn.officialmail.indexer.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;

/**
 * The folded and the lower-case form of every Latin letter and digit whose ICU folding is one ASCII
 * letter or digit: the whole Vietnamese alphabet with its tone marks ({@code ấ}, {@code Ự}, {@code
 * đ}), other accented Latin letters, ASCII itself.
 *
 * <p>Why: a Vietnamese word with marks went through the ICU normaliser twice per indexed text (ICU
 * folding for the folded field, NFC for the exact one), a tenth of the indexing CPU. For a word
 * made only of these characters both are a table look-up per character. The tables are built from
 * ICU itself when the class loads, so they cannot drift from it: a character is taken only if it is
 * already composed (NFC quick check yes) and ICU folds it alone to one ASCII letter or digit. Such a
 * word's normal forms are those of its characters side by side, because no character of the table
 * combines with its neighbour (each is a starter that no normalisation joins to another); the tests
 * check this against ICU on every character and on random words.
 */
final class LatinLetters {

    /** Above Latin Extended Additional (U+1E00–U+1EFF, where the Vietnamese letters with two marks are). */
    private static final int END = 0x1F00;

    private static final char[] FOLDED = new char[END];
    private static final char[] LOWER = new char[END];
    private static final boolean[] WORD = new boolean[END];

    static {
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        for (char c = 0; c < END; c++) {
            String one = String.valueOf(c);
            String folded = ICUFoldingFilter.NORMALIZER.normalize(one);
            if (folded.length() == 1
                    && isAsciiAlphanumeric(folded.charAt(0))
                    && nfc.quickCheck(one) == Normalizer.YES) {
                char lower = Character.toLowerCase(c);
                if (lower < END && nfc.quickCheck(String.valueOf(lower)) == Normalizer.YES) {
                    FOLDED[c] = folded.charAt(0);
                    LOWER[c] = lower;
                    // the tokenizer also breaks where the script changes (Arabic-Indic digits fold to ASCII)
                    boolean latinLetter = UScript.getScript(c) == UScript.LATIN
                            && UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK) == UCharacter.WordBreak.ALETTER;
                    WORD[c] = latinLetter || (c >= '0' && c <= '9');
                }
            }
        }
    }

    private LatinLetters() {}

    /**
     * Folds a word in place as {@link ICUFoldingFilter} would, if every character is in the table.
     *
     * @return false, leaving the word untouched, if a character is not
     */
    static boolean foldInPlace(char[] word, int length) {
        return mapInPlace(FOLDED, word, length);
    }

    /**
     * Lower-cases a word in place, which is then also in NFC, if every character is in the table.
     *
     * @return false, leaving the word untouched, if a character is not
     */
    static boolean lowerCaseInPlace(char[] word, int length) {
        return mapInPlace(LOWER, word, length);
    }

    private static boolean mapInPlace(char[] table, char[] word, int length) {
        if (!allInTable(word, length)) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            word[i] = table[word[i]];
        }
        return true;
    }

    /**
     * Whether a character is a Latin letter of the table or an ASCII digit, a letter or digit for the
     * Unicode word-break rules in one script run: a run of them is one word ({@link SplitWords}).
     */
    static boolean isWordCharacter(char c) {
        return c < END && WORD[c];
    }

    static boolean inTable(char c) {
        return c < END && FOLDED[c] != 0;
    }

    private static boolean allInTable(char[] word, int length) {
        for (int i = 0; i < length; i++) {
            if (!inTable(word[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
