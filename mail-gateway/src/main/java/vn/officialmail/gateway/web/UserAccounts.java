package vn.officialmail.gateway.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The gateway's user accounts (the console issue adds roles, lockout and LDAP). */
@Service
public final class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, roles from app_user where username = ?")
                .param(username)
                .query((rs, row) -> User.withUsername(rs.getString(1))
                        .password(rs.getString(2))
                        .roles(Arrays.stream(rs.getString(3).split(","))
                                .map(String::trim)
                                .toArray(String[]::new))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** True when the user exists and the password matches its hash (SMTP AUTH). */
    public boolean authenticate(String username, String password) {
        return jdbc.sql("select password_hash from app_user where username = ?")
                .param(username)
                .query(String.class)
                .optional()
                .map(hash -> encoder.matches(password, hash))
                .orElse(false);
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** Creates an account; the password is stored only as a salted hash. */
    public void create(String username, String password, String roles) {
        jdbc.sql("insert into app_user (username, password_hash, roles, created_at) values (?, ?, ?, ?)")
                .params(
                        username,
                        encoder.encode(password),
                        roles,
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }
}
