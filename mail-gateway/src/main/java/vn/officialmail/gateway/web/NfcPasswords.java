package vn.officialmail.gateway.web;

import java.text.Normalizer;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes and checks passwords in Unicode NFC, so "Mật khẩu" typed with a composing (NFD) keyboard
 * matches the same password typed precomposed.
 */
final class NfcPasswords implements PasswordEncoder {

    private final PasswordEncoder delegate;

    NfcPasswords(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(nfc(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return delegate.matches(rawPassword == null ? null : nfc(rawPassword), encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static String nfc(CharSequence s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
