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

    private ToneMarks() {}

    /** NFC text with every oa/oe/uy syllable toned on its first vowel. */
    public static String canonical(String text) {
        if (!mayNeedMove(text)) {
            return text;
        }
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        int i = 0;
        while (i < nfd.length()) {
            int end = i;
            while (end < nfd.length() && isWordChar(nfd.charAt(end))) {
                end++;
            }
            if (end > i) {
                out.append(moveTone(nfd.substring(i, end)));
                i = end;
            } else {
                out.append(nfd.charAt(i++));
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    // Cheap pre-check on NFC text: a toned a/e/y right after o/u, in either placement.
    private static boolean mayNeedMove(String text) {
        for (int i = 1; i < text.length(); i++) {
            char prev = Character.toLowerCase(text.charAt(i - 1));
            if (prev == 'o' || prev == 'u') {
                return true;
            }
            if ("òóỏõọùúủũụ".indexOf(prev) >= 0) {
                return true;
            }
        }
        return false;
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
