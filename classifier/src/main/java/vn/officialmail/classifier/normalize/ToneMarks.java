package vn.officialmail.classifier.normalize;

import java.text.Normalizer;

/**
 * Puts the tone mark of the open diphthongs oa, oe, uy in one place, so that "hoà" and "hòa", "HOẢ" and
 * "HỎA", "thuỷ" and "thủy" compare equal. Both placements are in use (Decree 30/2020 itself writes
 * "Hỏa tốc" in Art. 4 and "HOẢ TỐC" in Appendix I); the canonical form here is the one of the decree's
 * national title "CỘNG HÒA": the tone on the first vowel.
 *
 * <p>Only syllables that end in the diphthong move: "hoàn", "khoảng", "quý", "quả" keep their marks,
 * because with a final consonant, or after the onset qu, every convention puts the tone on the same
 * vowel.
 */
public final class ToneMarks {

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final String TONED_SECOND = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ";
    private static final boolean[] IS_TONED_SECOND = new boolean[0x1F00];

    static {
        TONED_SECOND.chars().forEach(c -> IS_TONED_SECOND[c] = true);
    }

    private ToneMarks() {}

    /** NFC text with every oa/oe/uy syllable toned on its first vowel. */
    public static String canonical(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        // Only a word ending in a plain o/u and a toned a/e/y ("hoà", "khoẻ", "thuỷ") can move: most
        // text has none, and only those words are decomposed and rebuilt.
        StringBuilder out = null;
        int copied = 0;
        for (int i = 1; i < nfc.length(); i++) {
            if (!endsOldPlacement(nfc, i)) {
                continue;
            }
            int start = i - 1;
            while (start > copied && isWordChar(nfc.charAt(start - 1))) {
                start--;
            }
            String word = Normalizer.normalize(nfc.substring(start, i + 1), Normalizer.Form.NFD);
            String moved = moveTone(word);
            if (!moved.equals(word)) {
                if (out == null) {
                    out = new StringBuilder(nfc.length());
                }
                out.append(nfc, copied, start).append(Normalizer.normalize(moved, Normalizer.Form.NFC));
                copied = i + 1;
            }
        }
        return out == null ? nfc : out.append(nfc, copied, nfc.length()).toString();
    }

    private static boolean endsOldPlacement(String text, int i) {
        char c = text.charAt(i);
        if (c < 0xC0 || c >= IS_TONED_SECOND.length || !IS_TONED_SECOND[c]) {
            return false;
        }
        char prev = text.charAt(i - 1);
        return (prev == 'o' || prev == 'u' || prev == 'O' || prev == 'U')
                && (i + 1 == text.length() || !isWordChar(text.charAt(i + 1)));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Moves the tone of one decomposed syllable from the second vowel of oa/oe/uy to the first. */
    private static String moveTone(String syllable) {
        StringBuilder letters = new StringBuilder();
        int[] letterAt = new int[syllable.length()];
        for (int i = 0; i < syllable.length(); i++) {
            char c = syllable.charAt(i);
            if (Character.isLetter(c)) {
                letterAt[letters.length()] = i;
                letters.append(Character.toLowerCase(c));
            }
        }
        String base = letters.toString();
        if (base.length() < 2 || base.length() > 4) {
            return syllable;
        }
        String tail = base.substring(base.length() - 2);
        if (!tail.equals("oa") && !tail.equals("oe") && !tail.equals("uy")) {
            return syllable;
        }
        String onset = base.substring(0, base.length() - 2);
        if (onset.endsWith("q")
                || !(onset.equals("gi") || onset.chars().allMatch(ch -> "bcdđghklmnprstvx".indexOf(ch) >= 0))) {
            return syllable;
        }
        int second = letterAt[base.length() - 1];
        int first = letterAt[base.length() - 2];
        String marksOfSecond = syllable.substring(second + 1);
        String marksOfFirst = syllable.substring(first + 1, second);
        // Only a tone alone on a plain second vowel moves; "oă" or "oâ" would carry a quality mark.
        if (marksOfSecond.length() != 1 || TONES.indexOf(marksOfSecond.charAt(0)) < 0 || !marksOfFirst.isEmpty()) {
            return syllable;
        }
        return syllable.substring(0, first + 1) + marksOfSecond + syllable.charAt(second);
    }
}
