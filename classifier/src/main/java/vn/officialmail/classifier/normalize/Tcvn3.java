package vn.officialmail.classifier.normalize;

import java.util.Locale;

/**
 * The TCVN3 (TCVN 5712:1993 "ABC") font encoding used by the {@code .VnTime} fonts: Vietnamese letters
 * on Latin-1 code points, so text extracted from old Word files and PDFs reads "Céng hoµ x· héi". Checked
 * against glibc's {@code TCVN5712-1} table for 0xA1–0xFF.
 */
final class Tcvn3 {

    // Lower-case letters and the seven upper-case letters without tone (the .VnTime font); the
    // .VnTimeH capitals font uses the same codes for upper-case glyphs, see toUnicode.
    static final String LEGACY = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦";
    static final String UNICODE = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ";

    private static final char[] TO_UNICODE = new char[256];

    static {
        for (int i = 0; i < 256; i++) {
            TO_UNICODE[i] = (char) i;
        }
        for (int i = 0; i < LEGACY.length(); i++) {
            TO_UNICODE[LEGACY.charAt(i)] = UNICODE.charAt(i);
        }
    }

    private Tcvn3() {}

    /**
     * Converts TCVN3 text read as Latin-1 to Unicode. The .VnTimeH capitals font uses the same codes for
     * capitals, so letters are made capitals where the plain letters around them are: a whole line whose
     * plain letters are all capitals, or a word with at least two plain capitals and no plain lower-case
     * letter ("CéNG" → "CỘNG", but "Bé" → "Bộ").
     */
    static String toUnicode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 256 ? TO_UNICODE[c] : c);
        }
        if (plainCase(text, 0, text.length()) == 3) {
            return out.toString().toUpperCase(Locale.ROOT);
        }
        int start = 0;
        for (int i = 0; i <= out.length(); i++) {
            if (i == out.length() || !Character.isLetter(out.charAt(i))) {
                if (plainCase(text, start, i) >= 2) {
                    out.replace(start, i, out.substring(start, i).toUpperCase(Locale.ROOT));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    // Number of plain (ASCII) capitals, capped at 3, or 0 when a plain lower-case letter is present.
    private static int plainCase(String text, int from, int to) {
        int upper = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return 0;
            }
            if (c >= 'A' && c <= 'Z') {
                upper++;
            }
        }
        return Math.min(upper, 3);
    }
}
