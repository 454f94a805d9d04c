package vn.officialmail.classifier.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a word is shaped like a Vietnamese syllable: onset, a known vowel cluster, a final, and at
 * most one tone mark. Wrong decodings of legacy text produce clusters Vietnamese does not have
 * ("Vieọt", "hoứa"), which is how {@link LegacyEncodingRepair} tells TCVN3 from VNI.
 */
final class Syllables {

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final Pattern SYLLABLE = Pattern.compile("(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
            + "(uyê|uya|uyu|iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|ưu|ươ|uô|iê|yê|uâ|uê|uơ|ưa|ưi|ua|ui|uy|oa|oă|oe|oi"
            + "|ôi|ơi|oo|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
            + "(ch|ng|nh|[cmnpt])?");

    private Syllables() {}

    static boolean isPlausible(String word) {
        for (int i = 1; i < word.length(); i++) {
            // "hiÔ": a capital after a lower-case letter is a wrong decoding, never a syllable.
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                return false;
            }
        }
        String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder untoned = new StringBuilder(nfd.length());
        int tones = 0;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tones++;
            } else {
                untoned.append(c);
            }
        }
        String base = Normalizer.normalize(untoned, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return tones <= 1 && SYLLABLE.matcher(base).matches();
    }

    /**
     * Words with non-ASCII letters count two for when shaped like a Vietnamese syllable and two against
     * when not; stray signs count three against.
     */
    static int score(String text) {
        int score = 0;
        int wordStart = -1;
        boolean nonAscii = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (LegacyEncodingRepair.isStraySign(c)) {
                score -= 3;
            }
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                if (wordStart < 0) {
                    wordStart = i;
                    nonAscii = false;
                }
                nonAscii |= c > 127;
                continue;
            }
            if (wordStart >= 0 && nonAscii) {
                score += isPlausible(text.substring(wordStart, i)) ? 2 : -2;
            }
            wordStart = -1;
        }
        return score;
    }
}
