package vn.officialmail.classifier.normalize;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds Vietnamese for matching without diacritics: marks removed, đ → d, lower case ("Giấy mời" →
 * "giay moi"). Folded text is for comparisons only, never shown.
 *
 * <p>Folding runs on every line of every document, so characters below U+2200 (Latin, Latin Extended
 * Additional with all precomposed Vietnamese letters, combining marks, typographic quotes and dashes) go
 * through a table built once from the same NFD rule; only text with other characters takes the slow
 * path.
 */
public final class Folding {

    private static final int TABLE_SIZE = 0x2200;
    private static final char DROP = '\uffff';
    private static final char SLOW = '\ufffe';
    private static final char[] TABLE = table();

    private Folding() {}

    /** The folded form of the text. */
    public static String fold(String text) {
        char[] out = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = c < TABLE_SIZE ? TABLE[c] : SLOW;
            if (folded == SLOW) {
                return slowFold(text);
            }
            if (folded != DROP) {
                out[n++] = folded;
            }
        }
        return new String(out, 0, n);
    }

    // The reference rule: NFD, drop non-spacing marks, đ → d, lower case.
    static String slowFold(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(
                    switch (c) {
                        case 'đ', 'Đ' -> 'd';
                        default -> Character.toLowerCase(c);
                    });
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    // One entry per character: its folded character, DROP for a mark, SLOW when it does not fold to
    // exactly one character (then the whole text takes the reference rule).
    private static char[] table() {
        char[] table = new char[TABLE_SIZE];
        for (int c = 0; c < TABLE_SIZE; c++) {
            if (Character.isSurrogate((char) c)) {
                table[c] = SLOW;
                continue;
            }
            String folded = slowFold(String.valueOf((char) c));
            table[c] = folded.isEmpty() ? DROP : folded.length() == 1 ? folded.charAt(0) : SLOW;
        }
        return table;
    }
}
