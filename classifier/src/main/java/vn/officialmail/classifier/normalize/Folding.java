package vn.officialmail.classifier.normalize;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds Vietnamese for matching without diacritics: marks removed, đ → d, lower case ("Giấy mời" →
 * "giay moi"). Folded text is for comparisons only, never shown.
 */
public final class Folding {

    private Folding() {}

    /** The folded form of the text. */
    public static String fold(String text) {
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
}
