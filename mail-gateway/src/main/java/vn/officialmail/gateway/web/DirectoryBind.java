package vn.officialmail.gateway.web;

import java.util.Hashtable;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.InitialDirContext;
import javax.naming.ldap.Rdn;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import vn.officialmail.gateway.users.SecuritySettings;

/**
 * Checks a password by a simple bind (RFC 4513 §5.1) to the agency's LDAP or Active Directory as
 * the user, through the JDK's own LDAP client. An empty password is refused before any bind: LDAP
 * servers treat a simple bind with a name and no password as an anonymous "unauthenticated bind"
 * that succeeds (RFC 4513 §5.1.2).
 */
final class DirectoryBind {

    private final SecuritySettings.Ldap settings;

    DirectoryBind(SecuritySettings.Ldap settings) {
        this.settings = settings;
    }

    boolean enabled() {
        return settings.enabled();
    }

    /**
     * True when the directory accepts the password for the user.
     *
     * @throws InternalAuthenticationServiceException when the directory cannot be reached or answers
     *     with anything but a verdict on the password
     */
    boolean bind(String username, String password) {
        if (password.isEmpty() || !settings.enabled()) {
            return false;
        }
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, settings.url().orElseThrow().toString());
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, dn(username));
        env.put(Context.SECURITY_CREDENTIALS, password);
        env.put(
                "com.sun.jndi.ldap.connect.timeout",
                Long.toString(settings.timeout().toMillis()));
        env.put(
                "com.sun.jndi.ldap.read.timeout",
                Long.toString(settings.timeout().toMillis()));
        env.put(Context.REFERRAL, "ignore"); // never follow the server to another host
        try {
            new InitialDirContext(env).close();
            return true;
        } catch (AuthenticationException e) {
            return false;
        } catch (NamingException e) {
            // Internal: the ProviderManager of PasswordCheck stops at it. A plain AuthenticationServiceException would
            // let the local check try the account next and answer "bad credentials", so an unreachable directory
            // would count as a wrong password toward the lockout.
            throw new InternalAuthenticationServiceException(
                    "the directory at " + settings.url().orElseThrow() + " did not answer: " + e.getMessage(), e);
        }
    }

    String dn(String username) {
        return settings.userDnPattern()
                .orElseThrow()
                .replace("{0}", Rdn.escapeValue(username).toString());
    }
}
