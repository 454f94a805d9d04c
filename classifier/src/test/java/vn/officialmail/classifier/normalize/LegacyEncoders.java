package vn.officialmail.classifier.normalize;

import java.text.Normalizer;

/** Test-only encoders from Unicode to the legacy encodings, to check the decoders by round trip. */
final class LegacyEncoders {

    private LegacyEncoders() {}

    /** TCVN3 of lower-case text (the .VnTime font has no toned capitals). */
    static String tcvn3(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            int at = Tcvn3.UNICODE.indexOf(c);
            out.append(at >= 0 ? Tcvn3.LEGACY.charAt(at) : c);
        }
        return out.toString();
    }

    /** VNI-Windows of any Vietnamese text. */
    static String vni(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            out.append(vniLetter(c));
        }
        return out.toString();
    }

    private static String vniLetter(char c) {
        if (c == 'đ') {
            return "ñ";
        }
        if (c == 'Đ') {
            return "Ñ";
        }
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = nfd.charAt(0);
        if ("aeiouyAEIOUY".indexOf(base) < 0) {
            return String.valueOf(c);
        }
        boolean upper = Character.isUpperCase(base);
        int tone = -1;
        char quality = 0;
        for (char mark : nfd.substring(1).toCharArray()) {
            int t = "\u0301\u0300\u0309\u0303\u0323".indexOf(mark);
            if (t >= 0) {
                tone = t;
            } else {
                quality = mark;
            }
        }
        char lower = Character.toLowerCase(base);
        String key;
        if (quality == '\u031b') { // horn: ơ ư are single characters, the tone follows
            String single = lower == 'o' ? "ô" : "ö";
            return (upper ? single.toUpperCase(java.util.Locale.ROOT) : single)
                    + (tone < 0 ? "" : "ùøûõï".charAt(tone));
        } else if (quality == '\u0302') {
            key = String.valueOf(tone < 0 ? 'â' : "áàåãä".charAt(tone));
        } else if (quality == '\u0306') {
            key = String.valueOf(tone < 0 ? 'ê' : "éèúüë".charAt(tone));
        } else if (lower == 'i') {
            return tone < 0 ? String.valueOf(base) : cased("íìæóò".charAt(tone), upper);
        } else if (lower == 'y' && tone == 4) {
            return cased('î', upper);
        } else {
            key = tone < 0 ? "" : String.valueOf("ùøûõï".charAt(tone));
        }
        return base + (upper ? key.toUpperCase(java.util.Locale.ROOT) : key);
    }

    private static String cased(char c, boolean upper) {
        return String.valueOf(upper ? Character.toUpperCase(c) : c);
    }
}
