package vn.officialmail.gateway.trust;

import java.util.Locale;

/**
 * One header field exactly as it came, folding and all: DKIM's "simple" canonicalisation and
 * its header hash need the original octets, which a parsed {@code MimeMessage} no longer has.
 *
 * @param name the field name as written (case kept)
 * @param raw the whole field, name, colon, value and every line's CRLF, one char per octet
 *     (ISO-8859-1), so that UTF-8 or any other octets survive unchanged
 */
public record HeaderField(String name, String raw) {

    /** The value after the colon, unfolded (line breaks removed), outer whitespace trimmed. */
    public String value() {
        String afterColon = raw.substring(raw.indexOf(':') + 1);
        return afterColon.replace("\r\n", "").replace("\n", "").strip();
    }

    /** Case-insensitive name comparison (RFC 5322 §1.2.2). */
    public boolean hasName(String other) {
        return name.equalsIgnoreCase(other);
    }

    /** The name in lower case, as DKIM and Authentication-Results compare names. */
    public String lowerCaseName() {
        return name.toLowerCase(Locale.ROOT);
    }
}
