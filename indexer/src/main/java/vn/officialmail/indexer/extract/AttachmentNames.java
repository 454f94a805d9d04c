package vn.officialmail.indexer.extract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes attachment file names as mail software writes them, so that Vietnamese names read as
 * Vietnamese: RFC 2047 encoded words ({@code =?UTF-8?B?R2nhuqV5IG3hu51pLnBkZg==?=}, which many
 * clients put in the {@code filename} parameter although RFC 2047 §5 forbids it) and RFC 2231
 * extended values ({@code UTF-8''Gi%E1%BA%A5y%20m%E1%BB%9Di.pdf}). Names already decoded are returned
 * as they are; the result is always NFC.
 */
public final class AttachmentNames {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");
    private static final Pattern BETWEEN_ENCODED_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");
    private static final Pattern EXTENDED_VALUE = Pattern.compile("([A-Za-z0-9_.:-]+)'[A-Za-z0-9-]*'(.*)");

    private AttachmentNames() {}

    /**
     * Decodes one file name.
     *
     * @param raw the name as found in the message or the archive
     * @return the decoded name in NFC; the input (in NFC) when it is not encoded or not decodable
     */
    public static String decode(String raw) {
        String name = raw.strip();
        Matcher extended = EXTENDED_VALUE.matcher(name);
        if (extended.matches() && extended.group(2).contains("%")) {
            name = percentDecode(extended.group(2), extended.group(1));
        }
        if (name.contains("=?")) {
            name = encodedWords(BETWEEN_ENCODED_WORDS.matcher(name).replaceAll("$1$2"));
        }
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    private static String encodedWords(String name) {
        Matcher word = ENCODED_WORD.matcher(name);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            Charset charset = charset(word.group(1));
            String decoded = word.group(0);
            if (charset != null) {
                byte[] bytes = word.group(2).equalsIgnoreCase("B") ? base64(word.group(3)) : qDecode(word.group(3));
                if (bytes != null) {
                    decoded = new String(bytes, charset);
                }
            }
            word.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        word.appendTail(out);
        return out.toString();
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** RFC 2047 §4.2: "_" is a space, "=XX" a byte. */
    private static byte[] qDecode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && isHex(text, i + 1)) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    /** RFC 2231 §4: {@code %XX} bytes in the named charset. */
    private static String percentDecode(String text, String charsetName) {
        Charset charset = charset(charsetName);
        if (charset == null) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] ascii = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < ascii.length; i++) {
            if (ascii[i] == '%' && isHex(text, i + 1)) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(ascii[i]);
            }
        }
        return out.toString(charset);
    }

    private static boolean isHex(String text, int at) {
        return at + 2 <= text.length()
                && Character.digit(text.charAt(at), 16) >= 0
                && Character.digit(text.charAt(at + 1), 16) >= 0;
    }

    private static Charset charset(String name) {
        String bare = name.contains("*") ? name.substring(0, name.indexOf('*')) : name; // RFC 2231 §5 language
        try {
            return Charset.forName(bare.toLowerCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }
}
