package vn.officialmail.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.users.SecuritySettings;
import vn.officialmail.gateway.users.UserAccounts;

/**
 * The one password check of every login: the console form, HTTP Basic and SMTP AUTH ({@code
 * smtp.SmtpLogins}). Directory accounts ({@link GatewayUser#directoryAccount()}) by a bind to the
 * agency directory, the others against their stored hash; a disabled account is refused either way.
 * Lockout and audit are left to the callers, which answer in their own protocol.
 */
public final class PasswordCheck {

    private static final Logger log = LoggerFactory.getLogger(PasswordCheck.class);

    private final ProviderManager passwords;

    PasswordCheck(UserAccounts accounts, PasswordEncoder encoder, SecuritySettings.Ldap ldap) {
        DaoAuthenticationProvider local = new DaoAuthenticationProvider(accounts);
        local.setPasswordEncoder(encoder);
        DirectoryAuthenticationProvider directory =
                new DirectoryAuthenticationProvider(accounts, new DirectoryBind(ldap));
        // Directory accounts first: it answers null for the others, which the local check then takes.
        this.passwords = new ProviderManager(directory, local);
    }

    /**
     * The check as Spring Security asks it, for the console and the API.
     *
     * @throws AuthenticationException {@link DisabledException} for a disabled account, an {@link
     *     AuthenticationServiceException} when the directory cannot say, otherwise a wrong password
     */
    Authentication authenticate(Authentication login) {
        return passwords.authenticate(login);
    }

    /** The check of a user name and password that arrive outside HTTP (SMTP AUTH). */
    public Verdict check(String username, String password) {
        try {
            authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            return Verdict.ACCEPTED;
        } catch (DisabledException e) {
            return Verdict.DISABLED;
        } catch (AuthenticationServiceException e) {
            log.warn("The password of {} could not be checked: {}", username, e.getMessage());
            return Verdict.UNAVAILABLE;
        } catch (AuthenticationException e) {
            return Verdict.WRONG_PASSWORD;
        }
    }

    /** What {@link #check} found. */
    public enum Verdict {
        /** The password is right and the account enabled. */
        ACCEPTED,
        /** A wrong password or an unknown user: counts toward the lockout. */
        WRONG_PASSWORD,
        /** An administrator disabled the account; the password does not matter. */
        DISABLED,
        /** The directory could not be reached or gave no verdict: try again later, nothing counted. */
        UNAVAILABLE
    }
}
