package vn.officialmail.gateway.users;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The rules a new password must meet. The upper bound is bcrypt's: it reads only the first 72
 * bytes, so a longer password would silently lose its tail; Vietnamese letters take up to three
 * bytes each in UTF-8, hence a bound in bytes, not characters. Passwords are compared in NFC so a
 * password typed with a composing keyboard matches one typed precomposed.
 */
public final class PasswordPolicy {

    /** The lowest configurable minimum length. */
    public static final int MIN_LENGTH_FLOOR = 8;

    /** The highest configurable minimum length. */
    public static final int MIN_LENGTH_CEILING = 64;

    /** bcrypt's limit. */
    public static final int MAX_BYTES = 72;

    private final int minLength;

    public PasswordPolicy(int minLength) {
        if (minLength < MIN_LENGTH_FLOOR || minLength > MIN_LENGTH_CEILING) {
            throw new IllegalArgumentException("minimum password length must be between " + MIN_LENGTH_FLOOR + " and "
                    + MIN_LENGTH_CEILING + ": " + minLength);
        }
        this.minLength = minLength;
    }

    /**
     * Checks a new password for a user; the message says what is wrong, never the password.
     *
     * @throws IllegalArgumentException when the password breaks a rule
     */
    public void check(String username, String password) {
        String nfc = Normalizer.normalize(password, Normalizer.Form.NFC);
        int length = nfc.codePointCount(0, nfc.length());
        if (length < minLength) {
            throw new IllegalArgumentException("Mật khẩu phải có ít nhất " + minLength + " ký tự / the password must"
                    + " have at least " + minLength + " characters: it has " + length);
        }
        int bytes = nfc.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("Mật khẩu quá dài / the password must be at most " + MAX_BYTES
                    + " bytes in UTF-8: it has " + bytes);
        }
        boolean letter = nfc.codePoints().anyMatch(Character::isLetter);
        boolean other = nfc.codePoints().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            throw new IllegalArgumentException("Mật khẩu phải có cả chữ cái và chữ số hoặc ký hiệu / the password"
                    + " must mix letters with digits or symbols");
        }
        if (nfc.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(
                    "Mật khẩu không được chứa tên đăng nhập / the password must not" + " contain the user name");
        }
        if (nfc.codePoints().distinct().count() < 5) {
            throw new IllegalArgumentException(
                    "Mật khẩu quá đơn giản / the password must use at least 5 different" + " characters");
        }
    }
}
