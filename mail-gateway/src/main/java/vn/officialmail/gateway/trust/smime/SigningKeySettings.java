package vn.officialmail.gateway.trust.smime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One unit's S/MIME signing key for submitted mail ({@code gateway.submission.signing-keys[n].*}).
 * The password comes either from {@code password} (which may be an environment variable:
 * {@code password: ${VP_SIGNING_PASSWORD}}) or from {@code password-file} (a file readable only by
 * the gateway, as container secrets are mounted); it is never logged and left out of {@link
 * #toString()}.
 *
 * @param unit the unit's code (as in the directory and the user accounts), e.g. {@code BTP-VP}
 * @param pkcs12 the PKCS#12 (.p12/.pfx) file with the unit's certificate, its chain and private key
 * @param password the PKCS#12 password; empty when {@code passwordFile} is given
 * @param passwordFile a file holding the password (one line; a trailing line break is ignored)
 */
public record SigningKeySettings(String unit, Path pkcs12, @Nullable String password, @Nullable Path passwordFile) {

    static final String PREFIX = "gateway.submission.signing-keys[].";

    public SigningKeySettings {
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException(PREFIX + "unit must name the unit (e.g. BTP-VP): '" + unit + "'");
        }
        unit = unit.strip();
        if (pkcs12 == null) {
            throw new IllegalArgumentException(
                    PREFIX + "pkcs12 is missing for unit '" + unit + "': give the path of a PKCS#12 (.p12/.pfx) file");
        }
        boolean hasPassword = password != null && !password.isEmpty();
        if (hasPassword && passwordFile != null) {
            throw new IllegalArgumentException(
                    PREFIX + "password and password-file are both given for unit '" + unit + "': give one");
        }
    }

    /** The password, read from {@code passwordFile} when that is given. */
    char[] secret() {
        if (passwordFile == null) {
            return password == null ? new char[0] : password.toCharArray();
        }
        try {
            return Files.readString(passwordFile).stripTrailing().toCharArray();
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    PREFIX + "password-file of unit '" + unit + "' cannot be read: " + passwordFile.toAbsolutePath(),
                    e);
        }
    }

    @Override
    public String toString() {
        return "SigningKeySettings[unit=" + unit + ", pkcs12=" + pkcs12 + ", password=***, passwordFile=" + passwordFile
                + "]";
    }
}
