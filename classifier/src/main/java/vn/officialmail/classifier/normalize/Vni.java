package vn.officialmail.classifier.normalize;

import java.text.Normalizer;

/**
 * The VNI-Windows font encoding ({@code VNI-Times}): a base letter followed by a Latin-1 character for
 * its marks, so text reads "Coäng hoøa xaõ hoäi"; a few letters (đ, ơ, ư, and i with tones) are single
 * characters.
 */
final class Vni {

    // Tone after a plain vowel, or after ơ/ư: sắc, huyền, hỏi, ngã, nặng.
    private static final String TONE_KEYS = "ùøûõïÙØÛÕÏ";
    private static final String TONES = "\u0301\u0300\u0309\u0303\u0323\u0301\u0300\u0309\u0303\u0323";
    // Circumflex (â ê ô) with no tone or with a tone.
    private static final String HAT_KEYS = "âáàåãäÂÁÀÅÃÄ";
    private static final String HAT_TONES = "\0\u0301\u0300\u0309\u0303\u0323\0\u0301\u0300\u0309\u0303\u0323";
    // Breve (ă) with no tone or with a tone; only after a.
    private static final String BREVE_KEYS = "êéèúüëÊÉÈÚÜË";
    private static final String BREVE_TONES = HAT_TONES;
    private static final String SINGLE_KEYS = "íìæóòîôöñÍÌÆÓÒÎÔÖÑ";
    private static final String SINGLES = "íìỉĩịỵơưđÍÌỈĨỊỴƠƯĐ";

    private Vni() {}

    static String toUnicode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
            char lower = Character.toLowerCase(c);
            int k;
            if (lower == 'a' && (k = BREVE_KEYS.indexOf(next)) >= 0) {
                append(out, c == 'a' ? 'ă' : 'Ă', BREVE_TONES.charAt(k));
                i++;
            } else if ("aeo".indexOf(lower) >= 0 && (k = HAT_KEYS.indexOf(next)) >= 0) {
                char hat =
                        switch (lower) {
                            case 'a' -> 'â';
                            case 'e' -> 'ê';
                            default -> 'ô';
                        };
                append(out, c == lower ? hat : Character.toUpperCase(hat), HAT_TONES.charAt(k));
                i++;
            } else if ("aeouy".indexOf(lower) >= 0 && (k = TONE_KEYS.indexOf(next)) >= 0) {
                append(out, c, TONES.charAt(k));
                i++;
            } else if ((k = SINGLE_KEYS.indexOf(c)) >= 0) {
                char single = SINGLES.charAt(k);
                int tone = TONE_KEYS.indexOf(next);
                if ("ơưƠƯ".indexOf(single) >= 0 && tone >= 0) {
                    append(out, single, TONES.charAt(tone));
                    i++;
                } else {
                    out.append(single);
                }
            } else {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static void append(StringBuilder out, char base, char mark) {
        out.append(base);
        if (mark != '\0') {
            out.append(mark);
        }
    }
}
