package vn.officialmail.gateway.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The gateway's user accounts as stored in {@code app_user}: read for every login (HTTP Basic,
 * console form, SMTP AUTH) and written by {@link UserAdministration} and {@link BootstrapAdmin}.
 */
@Service
public final class UserAccounts implements UserDetailsService {

    private static final String SELECT = "select u.username, u.password_hash, u.roles, u.unit_code, u.enabled,"
            + " d.unit_code from app_user u left join unit_delegate d on d.username = u.username";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public GatewayUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    public Optional<GatewayUser> find(String username) {
        return jdbc.sql(SELECT + " where u.username = ?")
                .param(canonical(username))
                .query(UserAccounts::row)
                .optional();
    }

    public List<GatewayUser> all() {
        return jdbc.sql(SELECT + " order by u.username")
                .query(UserAccounts::row)
                .list();
    }

    /**
     * The stored form of a user name: NFC, trimmed, lower case. Applied at every lookup and to the
     * lockout's key, so "Admin" and "admin" are one account with one failure count.
     */
    public static String canonical(String username) {
        return Normalizer.normalize(username.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** Creates an account; the password is stored only as a salted hash. */
    public void create(String username, String password, Set<Role> roles, Optional<String> unitCode) {
        jdbc.sql("insert into app_user (username, password_hash, roles, unit_code, enabled, created_at)"
                        + " values (?, ?, ?, ?, true, ?)")
                .params(
                        canonical(username),
                        encoder.encode(password),
                        stored(roles),
                        unitCode.orElse(null),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    /** Creates an account whose password the agency directory checks ({@link GatewayUser#directoryAccount()}). */
    void createDirectoryAccount(String username, Set<Role> roles, Optional<String> unitCode) {
        jdbc.sql("insert into app_user (username, password_hash, roles, unit_code, enabled, created_at)"
                        + " values (?, ?, ?, ?, true, ?)")
                .params(
                        username,
                        GatewayUser.DIRECTORY_PASSWORD,
                        stored(roles),
                        unitCode.orElse(null),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    void setRoles(String username, Set<Role> roles, Optional<String> unitCode) {
        jdbc.sql("update app_user set roles = ?, unit_code = ? where username = ?")
                .params(stored(roles), unitCode.orElse(null), username)
                .update();
    }

    void setEnabled(String username, boolean enabled) {
        jdbc.sql("update app_user set enabled = ? where username = ?")
                .params(enabled, username)
                .update();
    }

    void setPassword(String username, String password) {
        jdbc.sql("update app_user set password_hash = ? where username = ?")
                .params(encoder.encode(password), username)
                .update();
        // A new password from an administrator is also how a locked-out user gets back in at once.
        jdbc.sql("delete from login_failure where username = ?").param(username).update();
    }

    /** How many enabled administrators there are, so the last one is never disabled or demoted. */
    long enabledAdministrators() {
        return all().stream()
                .filter(u -> u.enabled() && u.has(Role.ADMINISTRATOR))
                .count();
    }

    private static String stored(Set<Role> roles) {
        return roles.stream()
                .filter(r -> r != Role.UNIT_DELEGATE)
                .sorted()
                .map(Role::name)
                .collect(Collectors.joining(","));
    }

    private static GatewayUser row(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString(3).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Role::parse)
                .forEach(roles::add);
        Optional<String> unit = Optional.ofNullable(rs.getString(4));
        String delegateOf = rs.getString(6);
        // Only a delegate of their own unit acts for it: moving to another unit ends the delegation.
        if (delegateOf != null && unit.filter(delegateOf::equals).isPresent()) {
            roles.add(Role.UNIT_DELEGATE);
        }
        return new GatewayUser(rs.getString(1), rs.getString(2), roles, unit, rs.getBoolean(5));
    }
}
