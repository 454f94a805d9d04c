package vn.officialmail.indexer.analysis;

import java.text.Normalizer;
import java.util.Random;

/** Test helper: reproducible random strings that look like Vietnamese text, and worse. */
public final class RandomVietnamese {

    private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy" + "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY";
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323"; // huyền sắc ngã hỏi nặng
    private static final String OTHERS = " \t\n.,;:!?\"'()-/_@0123456789\u00a0\u200b\ufeff";

    private RandomVietnamese() {}

    /** Up to {@code maxLength} characters of Vietnamese letters, tone marks (even misplaced) and punctuation. */
    public static String vietnamese(Random random, int maxLength) {
        return next(random, maxLength, 9);
    }

    /** Like {@link #vietnamese}, with any code point of any script mixed in. */
    public static String anything(Random random, int maxLength) {
        return next(random, maxLength, 10);
    }

    private static String next(Random random, int maxLength, int kinds) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        while (text.length() < length) {
            int kind = random.nextInt(kinds);
            if (kind < 6) {
                text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            } else if (kind < 8) {
                text.append(TONES.charAt(random.nextInt(TONES.length())));
            } else if (kind < 9) {
                text.append(OTHERS.charAt(random.nextInt(OTHERS.length())));
            } else {
                text.appendCodePoint(randomCodePoint(random));
            }
        }
        String s = text.toString();
        return random.nextBoolean() ? Normalizer.normalize(s, Normalizer.Form.NFC) : s;
    }

    private static int randomCodePoint(Random random) {
        int codePoint = random.nextInt(Character.MAX_CODE_POINT + 1);
        boolean surrogate = codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
        return surrogate ? 'x' : codePoint;
    }
}
