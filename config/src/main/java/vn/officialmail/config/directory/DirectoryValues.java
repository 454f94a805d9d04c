package vn.officialmail.config.directory;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The checks and normal forms every directory value goes through, whatever its source. */
public final class DirectoryValues {

    /** Codes are stable keys other tables refer to: edXML organ codes (000.00.00.G12) fit. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private static final Pattern HOST =
            Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");
    private static final int MAX_NAME = 255;

    private DirectoryValues() {}

    /** Trimmed, NFC, never blank and at most 255 characters. */
    public static String name(String field, String value) {
        String text = Normalizer.normalize(value == null ? "" : value.strip(), Normalizer.Form.NFC);
        if (text.isEmpty()) {
            throw invalid("field.required", field);
        }
        if (text.length() > MAX_NAME) {
            throw invalid("field.too-long", field, MAX_NAME);
        }
        return text;
    }

    public static String code(String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw invalid("field.required", field);
        }
        if (!CODE.matcher(text).matches()) {
            throw invalid("code.invalid", field, text);
        }
        return text;
    }

    /** One word of at most 32 characters, as abbreviations appear in document symbols (VP, TCCB, BTP). */
    public static String abbreviation(String value) {
        String text = name("abbreviation", value);
        if (text.length() > 32 || text.chars().anyMatch(Character::isWhitespace)) {
            throw invalid("abbreviation.invalid", text);
        }
        return text;
    }

    /** A host name in lower-case ASCII (IDN converted), without a trailing dot. */
    public static String domain(String field, String value) {
        return normalizedDomain(value).orElseThrow(() -> invalid("domain.invalid", field, value));
    }

    /** The normal form of a domain, or empty when it is not a valid host name. */
    public static Optional<String> normalizedDomain(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            text = IDN.toASCII(Normalizer.normalize(text, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return text.length() <= 253 && HOST.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    /** A mailbox address, local part kept, domain normalised, all lower case. */
    public static String address(String field, String value) {
        return normalizedAddress(value).orElseThrow(() -> invalid("address.invalid", field, value));
    }

    public static Optional<String> normalizedAddress(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        int at = text.lastIndexOf('@');
        if (at <= 0 || !LOCAL_PART.matcher(text.substring(0, at)).matches()) {
            return Optional.empty();
        }
        return normalizedDomain(text.substring(at + 1))
                .map(domain -> text.substring(0, at).toLowerCase(Locale.ROOT) + "@" + domain);
    }

    /** The domain of a normalised address. */
    public static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1);
    }

    public static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    static InvalidDirectoryEntryException invalid(String key, Object... arguments) {
        return new InvalidDirectoryEntryException(DirectoryProblem.of(key, arguments));
    }
}
