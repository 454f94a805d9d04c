package vn.officialmail.gateway.smtp;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.subethamail.smtp.AuthenticationHandlerFactory;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.users.UserAccounts;
import vn.officialmail.gateway.web.FailedLogins;
import vn.officialmail.gateway.web.LoginAttempts;
import vn.officialmail.gateway.web.PasswordCheck;

/**
 * SMTP AUTH (RFC 4954) on the submission port and, when {@code gateway.smtp.auth.enabled}, on the
 * SMTP listener, with the console's lockout: a wrong password there counts toward the same {@code
 * gateway.security.lockout} as a wrong password on the console or the API (per account and client
 * address, {@link LoginAttempts}), so a guesser cannot use either port to go on trying a console
 * user's password; a locked account is refused before its password is checked. Failures and locks
 * are audited as the console's are, with {@code via=submission} or {@code via=smtp}. Passwords are
 * checked by the console's own {@link PasswordCheck}: directory accounts by a bind to the agency
 * directory, the others locally, disabled accounts refused. A directory that cannot be reached
 * answers {@code 454 4.7.0} (RFC 4954 §6) and counts as no failure: the user did nothing wrong.
 */
@Component
final class SmtpLogins {

    private static final int MAX_NAME = 255;

    private final PasswordCheck passwords;
    private final LoginAttempts attempts;
    private final AuditLog audit;
    private final FailedLogins failedLogins;

    SmtpLogins(PasswordCheck passwords, UserAccounts accounts, LoginAttempts attempts, AuditLog audit) {
        this.passwords = passwords;
        this.attempts = attempts;
        this.audit = audit;
        this.failedLogins = new FailedLogins(accounts, attempts, audit);
    }

    /**
     * The AUTH PLAIN/LOGIN check of one listener.
     *
     * @param via the listener, as the audit names it: {@code submission} or {@code smtp}
     */
    AuthenticationHandlerFactory handlers(String via) {
        return new TemporaryAuthFailure(
                new EasyAuthenticationHandlerFactory((user, password, context) -> check(user, password, context, via)));
    }

    private void check(String user, String password, MessageContext context, String via) throws LoginFailedException {
        String username = bounded(UserAccounts.canonical(user == null ? "" : user));
        String address = addressOf(context);
        Map<String, String> details = Map.of("address", address, "via", via);
        if (attempts.lockedUntil(username, address).isPresent()) {
            audit.record(username, "login-refused-locked", "user", username, details);
            // SubEthaSMTP answers every refused AUTH with one 535 text, so a locked account looks like a wrong
            // password.
            throw new LoginFailedException("5.7.8 Account locked after too many failed logins");
        }
        switch (passwords.check(username, password == null ? "" : password)) {
            case ACCEPTED -> attempts.succeeded(username, address);
            case WRONG_PASSWORD -> {
                failedLogins.record(username, address, via);
                throw new LoginFailedException("5.7.8 Authentication credentials invalid");
            }
            case DISABLED -> {
                audit.record(username, "login-refused-disabled", "user", username, details);
                throw new LoginFailedException("5.7.8 Account disabled");
            }
            case UNAVAILABLE -> {
                audit.record(username, "login-failed", "user", username, details);
                throw new TemporaryAuthFailure.Unavailable();
            }
        }
    }

    private static String bounded(String name) {
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /** The client's IP address, as the console's lockout keys it ({@code 127.0.0.1}). */
    private static String addressOf(MessageContext context) {
        String address = Optional.ofNullable(context.getRemoteAddress())
                .map(remote -> remote instanceof InetSocketAddress inet && inet.getAddress() != null
                        ? inet.getAddress().getHostAddress()
                        : remote.toString())
                .orElse("unknown");
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
