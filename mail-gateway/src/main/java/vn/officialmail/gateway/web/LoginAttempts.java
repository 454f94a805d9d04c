package vn.officialmail.gateway.web;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.users.SecuritySettings;

/**
 * Counts failed logins in a row per account and client address and locks the account for that
 * address after {@code gateway.security.lockout.max-failures}. Keyed by address so that a guesser
 * elsewhere cannot lock the administrator out of their own workstation (a per-account lock would
 * make lockout a one-line denial of service); the price is that a guesser with many addresses gets
 * that many tries per lock period, which the password rules and bcrypt's cost keep small. Only
 * existing accounts are counted, so made-up user names cannot grow the table. The console, the API
 * and SMTP AUTH on the submission port and the SMTP listener ({@code smtp.SmtpLogins}) share one count.
 */
@Service
public final class LoginAttempts {

    private final JdbcClient jdbc;
    private final SecuritySettings.Lockout settings;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, GatewaySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings.security().lockout();
        this.clock = clock;
    }

    /** When the account is locked for this address, until when. */
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from login_failure where username = ? and remote_address = ?")
                .params(username, address)
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
                .optional()
                .flatMap(o -> o)
                .map(OffsetDateTime::toInstant)
                .filter(now::isBefore);
    }

    /**
     * Counts a failure of an existing account.
     *
     * @return the failures in a row so far, and the lock end when this failure locked the account
     */
    public Failure failed(String username, String address) {
        Instant now = clock.instant();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int updated = jdbc.sql("update login_failure set failures = failures + 1, last_failure_at = ?"
                        + " where username = ? and remote_address = ?")
                .params(at, username, address)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into login_failure (username, remote_address, failures, last_failure_at)"
                                + " values (?, ?, 1, ?)")
                        .params(username, address, at)
                        .update();
            } catch (DuplicateKeyException e) {
                // a concurrent failure inserted the row first: count this one on it
                jdbc.sql("update login_failure set failures = failures + 1 where username = ? and remote_address = ?")
                        .params(username, address)
                        .update();
            }
        }
        int failures = jdbc.sql("select failures from login_failure where username = ? and remote_address = ?")
                .params(username, address)
                .query(Integer.class)
                .single();
        if (failures < settings.maxFailures()) {
            return new Failure(failures, Optional.empty());
        }
        Instant until = now.plus(settings.duration());
        // The count starts again after the lock, so each lock period allows max-failures guesses.
        jdbc.sql("update login_failure set failures = 0, locked_until = ? where username = ? and remote_address = ?")
                .params(OffsetDateTime.ofInstant(until, ZoneOffset.UTC), username, address)
                .update();
        return new Failure(failures, Optional.of(until));
    }

    /** A successful login clears the count. */
    public void succeeded(String username, String address) {
        jdbc.sql("delete from login_failure where username = ? and remote_address = ?")
                .params(username, address)
                .update();
    }

    /**
     * One counted failure.
     *
     * @param failures the failures in a row so far
     * @param lockedUntil the lock's end when this failure locked the account
     */
    public record Failure(int failures, Optional<Instant> lockedUntil) {}
}
