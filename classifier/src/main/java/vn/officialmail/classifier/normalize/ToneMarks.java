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
        if (!hasCandidate(nfc, 0, nfc.length())) {
            return nfc;
        }
        // Only words holding a candidate pair are decomposed and rebuilt: most text has none.
        StringBuilder out = new StringBuilder(nfc.length());
        int copied = 0;
        int i = 0;
        while (i < nfc.length()) {
            if (!isWordChar(nfc.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < nfc.length() && isWordChar(nfc.charAt(end))) {
                end++;
            }
            if (hasCandidate(nfc, i, end)) {
                String word = Normalizer.normalize(nfc.substring(i, end), Normalizer.Form.NFD);
                String moved = moveTone(word);
                if (!moved.equals(word)) {
                    out.append(nfc, copied, i).append(Normalizer.normalize(moved, Normalizer.Form.NFC));
                    copied = end;
                }
            }
            i = end;
        }
        return copied == 0 ? nfc : out.append(nfc, copied, nfc.length()).toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    // The old placement on NFC text: a plain o/u followed by a toned a, e or y ("hoà", "khoẻ", "thuỷ").
    private static boolean hasCandidate(String text, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0xC0 && c < IS_TONED_SECOND.length && IS_TONED_SECOND[c]) {
                char prev = text.charAt(i - 1);
                if (prev == 'o' || prev == 'u' || prev == 'O' || prev == 'U') {
                    return true;
                }
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
