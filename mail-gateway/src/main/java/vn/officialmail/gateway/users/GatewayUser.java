package vn.officialmail.gateway.users;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A logged-in user: name, roles (including {@link Role#UNIT_DELEGATE} when the user is the unit's
 * delegate) and unit, which scopes what a unit head or delegate may see.
 *
 * @param username the login name
 * @param passwordHash the stored hash (never the password)
 * @param roles the roles, stored and derived
 * @param unitCode the unit's code, if the user belongs to one
 * @param enabled false once an administrator disabled the account
 */
public record GatewayUser(
        String username, String passwordHash, Set<Role> roles, Optional<String> unitCode, boolean enabled)
        implements UserDetails {

    public GatewayUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Stored instead of a hash for accounts whose password the agency directory checks. */
    public static final String DIRECTORY_PASSWORD = "{ldap}";

    /** True when the agency directory (LDAP/AD), not the gateway, checks this user's password. */
    public boolean directoryAccount() {
        return DIRECTORY_PASSWORD.equals(passwordHash);
    }

    /** The same user without the stored hash, to keep in the session once logged in. */
    public GatewayUser withoutPasswordHash() {
        return new GatewayUser(username, "", roles, unitCode, enabled);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True for the roles that see every unit and secret-marked mail. */
    public boolean seesEverything() {
        return has(Role.ADMINISTRATOR) || has(Role.COMPLIANCE_OFFICER);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "GatewayUser[" + username + ", " + roles + ", " + unitCode.orElse("-") + "]"; // no hash in logs
    }
}
