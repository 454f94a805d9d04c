package vn.officialmail.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.users.UserAccounts;

/**
 * Password login for HTTP Basic and the console form, with the lockout of {@link LoginAttempts}
 * and the audit of logins: a locked account is refused before its password is even checked; every
 * failed login is audited; a console login is audited each time, an API client's (which sends its
 * password with every request) once per session-timeout period per address, so the audit log
 * records who used the API when without one entry per call.
 */
final class LockoutAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_NAME = 255;
    private static final int MAX_REMEMBERED_API_LOGINS = 10_000;

    private final PasswordCheck passwords;
    private final UserAccounts accounts;
    private final LoginAttempts attempts;
    private final AuditLog audit;
    private final FailedLogins failedLogins;
    private final Duration apiLoginAuditInterval;
    private final Clock clock;
    private final Map<String, Instant> lastApiLogin = new ConcurrentHashMap<>();

    LockoutAuthenticationProvider(
            PasswordCheck passwords,
            UserAccounts accounts,
            LoginAttempts attempts,
            AuditLog audit,
            Duration apiLoginAuditInterval,
            Clock clock) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.attempts = attempts;
        this.audit = audit;
        this.failedLogins = new FailedLogins(accounts, attempts, audit);
        this.apiLoginAuditInterval = apiLoginAuditInterval;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = bounded(UserAccounts.canonical(authentication.getName()));
        String address = addressOf(authentication);
        String via = viaConsoleForm() ? "form" : "basic";
        Optional<Instant> locked = attempts.lockedUntil(username, address);
        if (locked.isPresent()) {
            audit.record(username, "login-refused-locked", "user", username, Map.of("address", address, "via", via));
            throw new LockedException("account locked until " + locked.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            failedLogins.record(username, address, via);
            throw e;
        } catch (DisabledException e) {
            audit.record(username, "login-refused-disabled", "user", username, Map.of("address", address, "via", via));
            throw e;
        } catch (AuthenticationException e) {
            audit.record(username, "login-failed", "user", username, Map.of("address", address, "via", via));
            throw e;
        }
        attempts.succeeded(username, address);
        if (via.equals("form") || firstApiLoginInAWhile(username, address)) {
            audit.record(username, "login", "user", username, Map.of("address", address, "via", via));
        }
        return withoutPasswordHash(result);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The console session keeps the principal: it need not carry the password hash. */
    private static Authentication withoutPasswordHash(Authentication result) {
        if (!(result.getPrincipal() instanceof GatewayUser user)) {
            return result;
        }
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                user.withoutPasswordHash(), null, user.getAuthorities());
        token.setDetails(result.getDetails());
        return token;
    }

    private boolean firstApiLoginInAWhile(String username, String address) {
        Instant now = clock.instant();
        String key = username + "\n" + address;
        Instant last = lastApiLogin.get(key);
        if (last != null && now.isBefore(last.plus(apiLoginAuditInterval))) {
            return false;
        }
        if (lastApiLogin.size() >= MAX_REMEMBERED_API_LOGINS) {
            lastApiLogin.clear(); // rare; at worst a few extra "login" entries
        }
        lastApiLogin.put(key, now);
        return true;
    }

    private static String addressOf(Authentication authentication) {
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                        ? web.getRemoteAddress()
                        : "unknown";
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    private static boolean viaConsoleForm() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return "POST".equals(request.getMethod()) && SecurityConfiguration.LOGIN.equals(request.getServletPath());
        }
        return false;
    }

    private static String bounded(String name) {
        String trimmed = name == null ? "" : name;
        return trimmed.length() > MAX_NAME ? trimmed.substring(0, MAX_NAME) : trimmed;
    }
}
