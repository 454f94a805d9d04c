package vn.officialmail.classifier.normalize;

import java.text.Normalizer;

/**
 * The classifier's text normalisation, one stage per line: legacy font encodings to Unicode, NFC, one
 * tone placement, invisible characters and odd spaces removed, line ends unified. Line breaks are kept
 * (the header layout needs them); {@link LineJoiner} joins wrapped lines where running text is wanted.
 */
public final class VietnameseNormalizer {

    private VietnameseNormalizer() {}

    /** Normalised text; idempotent. */
    public static String normalize(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        String unicode = LegacyEncodingRepair.repair(unified);
        String composed = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        String toned = ToneMarks.canonical(composed);
        return cleanSpaces(toned);
    }

    /** Normalised text with PDF line wraps and hyphenation joined. */
    public static String normalizeRunningText(String text) {
        return LineJoiner.join(normalize(text));
    }

    // Zero-width characters and BOMs vanish; no-break and other spaces become plain spaces; a soft
    // hyphen is kept only at a line end, where LineJoiner reads it as hyphenation.
    private static String cleanSpaces(String text) {
        char[] out = new char[text.length()];
        int n = 0;
        boolean changed = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff' -> changed = true;
                case '\u00ad' -> {
                    if (i + 1 == text.length() || text.charAt(i + 1) == '\n') {
                        out[n++] = c;
                    } else {
                        changed = true;
                    }
                }
                case '\u00a0', '\u2007', '\u202f', '\t' -> {
                    out[n++] = ' ';
                    changed = true;
                }
                default -> {
                    char kept = c > ' ' && c < 0x80 || !Character.isSpaceChar(c) || c == ' ' ? c : ' ';
                    changed |= kept != c;
                    out[n++] = kept;
                }
            }
        }
        return changed ? new String(out, 0, n) : text;
    }
}
