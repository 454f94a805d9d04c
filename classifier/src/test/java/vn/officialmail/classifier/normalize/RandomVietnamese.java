package vn.officialmail.classifier.normalize;

import java.text.Normalizer;
import java.util.Random;

/** Random Vietnamese-shaped text for property tests: real onsets, vowel clusters, finals and tones. */
final class RandomVietnamese {

    static final long DEFAULT_SEED = 20251203L;

    private static final String[] ONSETS = {
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "r", "s",
        "t", "th", "tr", "v", "x"
    };
    // Nucleus, and the index of the vowel that carries the tone when the syllable is closed.
    private static final String[] NUCLEI = {
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "iê", "uô", "ươ", "oa", "oe", "uy", "ua", "ưa", "ia"
    };
    private static final String[] FINALS = {"", "", "", "c", "ch", "m", "n", "ng", "nh", "p", "t"};
    private static final String[] TONES = {"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"};

    private RandomVietnamese() {}

    static long seed() {
        return Long.getLong("tests.seed", DEFAULT_SEED);
    }

    /** Lower-case syllables separated by spaces and some punctuation, NFC. */
    static String lowerCase(Random random, int syllables) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            if (i > 0) {
                out.append(random.nextInt(8) == 0 ? ", " : " ");
            }
            out.append(syllable(random, random.nextBoolean()));
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Like {@link #lowerCase} with some capitalised and some all-capital words. */
    static String mixedCase(Random random, int syllables) {
        String[] words = lowerCase(random, syllables).split(" ");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            int pick = random.nextInt(6);
            String cased = pick == 0
                    ? word.toUpperCase(java.util.Locale.ROOT)
                    : pick == 1 && !word.isEmpty()
                            ? word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1)
                            : word;
            out.append(out.isEmpty() ? "" : " ").append(cased);
        }
        return out.toString();
    }

    /**
     * One syllable; open oa/oe/uy syllables take their tone on the first vowel when {@code toneOnFirst},
     * else on the second (the two placements in use).
     */
    static String syllable(Random random, boolean toneOnFirst) {
        String onset = ONSETS[random.nextInt(ONSETS.length)];
        String nucleus = NUCLEI[random.nextInt(NUCLEI.length)];
        // qu and gi already hold the glide: "quu", "quoe", "giuy" and "gii" are not syllables.
        boolean glide = nucleus.startsWith("u") || nucleus.startsWith("i") || nucleus.startsWith("o");
        if ((onset.equals("qu") && glide)
                || (onset.equals("gi") && (nucleus.startsWith("u") || nucleus.startsWith("i")))) {
            nucleus = "a";
        }
        String coda = FINALS[random.nextInt(FINALS.length)];
        String tone = TONES[random.nextInt(TONES.length)];
        int toneAt;
        if (nucleus.length() == 1) {
            toneAt = 0;
        } else if (coda.isEmpty() && (nucleus.equals("oa") || nucleus.equals("oe") || nucleus.equals("uy"))) {
            toneAt = toneOnFirst ? 0 : 1;
        } else if (coda.isEmpty() && (nucleus.equals("ua") || nucleus.equals("ưa") || nucleus.equals("ia"))) {
            toneAt = 0;
        } else {
            toneAt = 1;
        }
        String toned = nucleus.substring(0, toneAt + 1) + tone + nucleus.substring(toneAt + 1);
        return Normalizer.normalize(onset + toned + coda, Normalizer.Form.NFC);
    }
}
