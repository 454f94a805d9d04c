package vn.officialmail.gateway.users;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may log in and how: the first administrator, the console session, the lockout after failed
 * logins and the password rules.
 *
 * @param bootstrapAdmin the first administrator; without it a random password is generated and
 *     printed once at first start
 * @param sessionTimeout how long an idle console session stays logged in
 * @param lockout the lockout after repeated failed logins
 * @param passwordMinLength the shortest password accepted when a user is created or a password is
 *     reset ({@value PasswordPolicy#MIN_LENGTH_FLOOR} to {@value PasswordPolicy#MIN_LENGTH_CEILING})
 * @param ldap the agency directory (LDAP or Active Directory) that checks the passwords of
 *     directory accounts; off unless a URL is set
 */
public record SecuritySettings(
        @DefaultValue BootstrapAdmin bootstrapAdmin,
        @DefaultValue("30m") Duration sessionTimeout,
        @DefaultValue Lockout lockout,
        @DefaultValue("12") @Min(PasswordPolicy.MIN_LENGTH_FLOOR) @Max(PasswordPolicy.MIN_LENGTH_CEILING)
                int passwordMinLength,
        @DefaultValue Ldap ldap) {

    public SecuritySettings {
        if (sessionTimeout.compareTo(Duration.ofMinutes(1)) < 0 || sessionTimeout.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException(
                    "gateway.security.session-timeout must be between 1m and 24h: " + sessionTimeout);
        }
    }

    /**
     * The first administrator account.
     *
     * @param username its name
     * @param password its password (pass it through the environment, never the repository)
     */
    public record BootstrapAdmin(@DefaultValue("admin") String username, Optional<String> password) {

        public BootstrapAdmin {
            password = password == null ? Optional.empty() : password.filter(p -> !p.isEmpty());
        }
    }

    /**
     * Lockout after repeated failed logins. It is counted per account and client address, so an
     * attacker guessing from one machine locks only that machine out of the account and cannot
     * keep the administrator out from their own workstation.
     *
     * @param maxFailures failed logins in a row, from one address, that lock the account there
     * @param duration how long the lock lasts; it then lifts by itself
     */
    public record Lockout(
            @DefaultValue("5") @Min(1) @Max(100) int maxFailures, @DefaultValue("15m") Duration duration) {

        public Lockout {
            if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException(
                        "gateway.security.lockout.duration must be more than 0 and at most 1d: " + duration);
            }
        }
    }

    /**
     * Password check by a simple bind to the agency's directory, for accounts created as directory
     * accounts: the gateway keeps their roles and unit, the directory their password.
     *
     * @param url {@code ldap://host:389} or {@code ldaps://host:636}
     * @param userDnPattern the DN to bind as, {@code {0}} standing for the user name (escaped per
     *     RFC 4514): {@code uid={0},ou=people,dc=agency,dc=gov,dc=vn}, or for Active Directory the
     *     user principal name {@code {0}@agency.gov.vn}
     * @param timeout connect and read timeout of one bind
     */
    public record Ldap(Optional<URI> url, Optional<String> userDnPattern, @DefaultValue("5s") Duration timeout) {

        public Ldap {
            url = url == null ? Optional.empty() : url;
            userDnPattern = userDnPattern == null ? Optional.empty() : userDnPattern.filter(p -> !p.isBlank());
            if (url.isPresent()) {
                String scheme = url.get().getScheme();
                if (!"ldap".equals(scheme) && !"ldaps".equals(scheme)) {
                    throw new IllegalArgumentException(
                            "gateway.security.ldap.url must be ldap:// or ldaps://: " + url.get());
                }
                if (userDnPattern.filter(p -> p.contains("{0}")).isEmpty()) {
                    throw new IllegalArgumentException("gateway.security.ldap.user-dn-pattern must contain {0}: "
                            + userDnPattern.orElse("(missing)"));
                }
            }
            if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(1)) > 0) {
                throw new IllegalArgumentException(
                        "gateway.security.ldap.timeout must be more than 0 and at most 1m: " + timeout);
            }
        }

        public boolean enabled() {
            return url.isPresent();
        }
    }
}
