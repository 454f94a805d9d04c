package vn.officialmail.indexer.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Recognises Vietnamese text in {@code windows-1258} when no charset is declared, which Tika's
 * detectors cannot (they take it for windows-1252). The sign is the legacy way of writing tones:
 * a vowel followed by a separate tone-mark byte, together with letters only Vietnamese has (đ, ơ,
 * ư, ă). Text that is valid UTF-8 is never taken for windows-1258.
 */
final class Windows1258Guess {

    private static final int MIN_TONE_MARKS = 3;

    private Windows1258Guess() {}

    /**
     * Whether the bytes are most likely Vietnamese in windows-1258.
     *
     * @param content text bytes
     * @return true when they are
     */
    static boolean isLikely(byte[] content) {
        if (isUtf8(content)) {
            return false;
        }
        int toneMarks = 0;
        boolean vietnameseLetter = false;
        for (int i = 0; i < content.length; i++) {
            int b = content[i] & 0xff;
            if (isVietnameseOnlyLetter(b)) {
                vietnameseLetter = true;
            }
            if (isToneMark(b) && i > 0 && isVowel(content[i - 1] & 0xff)) {
                toneMarks++;
            }
        }
        return vietnameseLetter && toneMarks >= MIN_TONE_MARKS;
    }

    /** Combining grave, acute, hook above, tilde and dot below in windows-1258. */
    private static boolean isToneMark(int b) {
        return b == 0xCC || b == 0xEC || b == 0xD2 || b == 0xDE || b == 0xF2;
    }

    /** Đ đ Ă ă Ơ ơ Ư ư in windows-1258. */
    private static boolean isVietnameseOnlyLetter(int b) {
        return b == 0xD0 || b == 0xF0 || b == 0xC3 || b == 0xE3 || b == 0xD5 || b == 0xF5 || b == 0xDD || b == 0xFD;
    }

    /** Plain vowels and â ê ô ă ơ ư, either case. */
    private static boolean isVowel(int b) {
        return "aeiouyAEIOUY".indexOf(b) >= 0
                || b == 0xE2
                || b == 0xC2
                || b == 0xEA
                || b == 0xCA
                || b == 0xF4
                || b == 0xD4
                || b == 0xE3
                || b == 0xC3
                || b == 0xF5
                || b == 0xD5
                || b == 0xFD
                || b == 0xDD;
    }

    private static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }
}
