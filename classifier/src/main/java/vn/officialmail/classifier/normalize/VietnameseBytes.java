package vn.officialmail.classifier.normalize;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Decodes the bytes of a Vietnamese text of unknown charset: UTF-8 when the bytes are valid UTF-8,
 * else windows-1258 or VISCII, whichever gives more Vietnamese-shaped words. The result is NFC (windows-1258
 * stores tone marks as combining characters). Legacy font encodings on top of Latin-1 (TCVN3, VNI) are
 * a text-level matter: see {@link LegacyEncodingRepair}.
 */
public final class VietnameseBytes {

    /** The Windows Vietnamese code page (tones as combining marks 0xCC, 0xEC, 0xD2, 0xDE, 0xF2). */
    public static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    // VISCII (RFC 1456) 0x80–0xFF, generated from glibc's VISCII table; six C0 codes are letters too.
    private static final String VISCII_HIGH = ""
            + "\u1EA0\u1EAE\u1EB0\u1EB6\u1EA4\u1EA6\u1EA8\u1EAC\u1EBC\u1EB8\u1EBE\u1EC0\u1EC2\u1EC4\u1EC6\u1ED0"
            + "\u1ED2\u1ED4\u1ED6\u1ED8\u1EE2\u1EDA\u1EDC\u1EDE\u1ECA\u1ECE\u1ECC\u1EC8\u1EE6\u0168\u1EE4\u1EF2"
            + "\u00D5\u1EAF\u1EB1\u1EB7\u1EA5\u1EA7\u1EA9\u1EAD\u1EBD\u1EB9\u1EBF\u1EC1\u1EC3\u1EC5\u1EC7\u1ED1"
            + "\u1ED3\u1ED5\u1ED7\u1EE0\u01A0\u1ED9\u1EDD\u1EDF\u1ECB\u1EF0\u1EE8\u1EEA\u1EEC\u01A1\u1EDB\u01AF"
            + "\u00C0\u00C1\u00C2\u00C3\u1EA2\u0102\u1EB3\u1EB5\u00C8\u00C9\u00CA\u1EBA\u00CC\u00CD\u0128\u1EF3"
            + "\u0110\u1EE9\u00D2\u00D3\u00D4\u1EA1\u1EF7\u1EEB\u1EED\u00D9\u00DA\u1EF9\u1EF5\u00DD\u1EE1\u01B0"
            + "\u00E0\u00E1\u00E2\u00E3\u1EA3\u0103\u1EEF\u1EAB\u00E8\u00E9\u00EA\u1EBB\u00EC\u00ED\u0129\u1EC9"
            + "\u0111\u1EF1\u00F2\u00F3\u00F4\u00F5\u1ECF\u1ECD\u1EE5\u00F9\u00FA\u0169\u1EE7\u00FD\u1EE3\u1EEE";

    private VietnameseBytes() {}

    /** Decodes and composes (NFC) the bytes. */
    public static String decode(byte[] bytes) {
        int offset = startsWithUtf8Bom(bytes) ? 3 : 0;
        try {
            String utf8 = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return Normalizer.normalize(utf8, Normalizer.Form.NFC);
        } catch (CharacterCodingException notUtf8) {
            String cp1258 = Normalizer.normalize(decodeWindows1258(bytes), Normalizer.Form.NFC);
            String viscii = decodeViscii(bytes);
            return Syllables.score(viscii) > Syllables.score(cp1258) ? viscii : cp1258;
        }
    }

    /** Decodes windows-1258 bytes (not composed). */
    public static String decodeWindows1258(byte[] bytes) {
        return WINDOWS_1258.decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Decodes VISCII bytes (RFC 1456). */
    public static String decodeViscii(byte[] bytes) {
        CharBuffer out = CharBuffer.allocate(bytes.length);
        for (byte b : bytes) {
            int u = b & 0xFF;
            out.put(u >= 0x80 ? VISCII_HIGH.charAt(u - 0x80) : visciiLow(u));
        }
        return out.flip().toString();
    }

    private static char visciiLow(int u) {
        return switch (u) {
            case 0x02 -> '\u1EB2';
            case 0x05 -> '\u1EB4';
            case 0x06 -> '\u1EAA';
            case 0x14 -> '\u1EF6';
            case 0x19 -> '\u1EF8';
            case 0x1E -> '\u1EF4';
            default -> (char) u;
        };
    }

    private static boolean startsWithUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
