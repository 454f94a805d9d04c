package vn.officialmail.classifier.normalize;

import java.util.Optional;

/**
 * Finds lines written in a legacy font encoding and converts them to Unicode. Decides line by line,
 * because a PDF can mix a Unicode body with a TCVN3 header typed years earlier.
 *
 * <p>Evidence: correctly decoded Vietnamese is made of syllable-shaped words and has no stray Latin-1
 * signs such as {@code µ ¸ ä ø}; a legacy line has many stray signs, and decoding it with the wrong
 * table gives words Vietnamese does not have. A line is converted only when a
 * conversion scores clearly better than the line as it is, so Unicode text with a "°" stays.
 */
public final class LegacyEncodingRepair {

    // Latin-1 letters that Vietnamese uses as they are; every other char in 0x80–0xFF is a stray sign.
    private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

    private LegacyEncodingRepair() {}

    /** The text with every legacy-encoded line converted; Unicode lines are returned unchanged. */
    public static String repair(String text) {
        if (!hasLatin1Letter(text)) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            // Most lines of Unicode text hold a letter beyond Latin-1 and are skipped without a copy.
            if (mayBeLegacy(text, start, end)) {
                String line = text.substring(start, end);
                Optional<LegacyEncoding> encoding = detect(line);
                if (encoding.isPresent()) {
                    if (out == null) {
                        out = new StringBuilder(text.length());
                    }
                    out.append(text, copied, start).append(encoding.get().toUnicode(line));
                    copied = end;
                }
            }
            start = end + 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The legacy encoding this text is in, or empty when it reads as Unicode. */
    public static Optional<LegacyEncoding> detect(String text) {
        if (!hasLatin1Letter(text) || hasLetterBeyondLatin1(text)) {
            return Optional.empty();
        }
        int asIs = Syllables.score(text);
        LegacyEncoding best = null;
        int bestScore = asIs;
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            int score = Syllables.score(encoding.toUnicode(text));
            if (score > bestScore) {
                best = encoding;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean mayBeLegacy(String text, int from, int to) {
        boolean latin1Letter = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c > 0xFF && Character.isLetter(c)) {
                return false;
            }
            latin1Letter |= c >= 0xA1 && c <= 0xFF;
        }
        return latin1Letter;
    }

    private static boolean hasLatin1Letter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0xA1 && text.charAt(i) <= 0xFF) {
                return true;
            }
        }
        return false;
    }

    // Legacy text is all Latin-1: a letter such as ệ, ư or đ proves the line is Unicode already.
    private static boolean hasLetterBeyondLatin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean isStraySign(char c) {
        return c >= 0xA1 && c <= 0xFF && c != 0xD7 && VIETNAMESE_LATIN1.indexOf(c) < 0;
    }
}
