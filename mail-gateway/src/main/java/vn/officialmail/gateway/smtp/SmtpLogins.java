package vn.officialmail.gateway.smtp;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.users.UserAccounts;
import vn.officialmail.gateway.web.FailedLogins;
import vn.officialmail.gateway.web.LoginAttempts;

/**
 * SMTP AUTH (RFC 4954) on the submission port and, when {@code gateway.smtp.auth.enabled}, on the
 * SMTP listener, with the console's lockout: a wrong password there counts toward the same {@code
 * gateway.security.lockout} as a wrong password on the console or the API (per account and client
 * address, {@link LoginAttempts}), so a guesser cannot use either port to go on trying a console
 * user's password; a locked account is refused before its password is checked. Failures and locks
 * are audited as the console's are, with {@code via=submission} or {@code via=smtp}.
 */
@Component
final class SmtpLogins {

    private static final int MAX_NAME = 255;

    private final UserAccounts accounts;
    private final LoginAttempts attempts;
    private final AuditLog audit;
    private final FailedLogins failedLogins;

    SmtpLogins(UserAccounts accounts, LoginAttempts attempts, AuditLog audit) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.audit = audit;
        this.failedLogins = new FailedLogins(accounts, attempts, audit);
    }

    /**
     * The AUTH PLAIN/LOGIN check of one listener.
     *
     * @param via the listener, as the audit names it: {@code submission} or {@code smtp}
     */
    EasyAuthenticationHandlerFactory handlers(String via) {
        return new EasyAuthenticationHandlerFactory((user, password, context) -> check(user, password, context, via));
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
        if (accounts.authenticate(username, password == null ? "" : password)) {
            attempts.succeeded(username, address);
            return;
        }
        failedLogins.record(username, address, via);
        throw new LoginFailedException("5.7.8 Authentication credentials invalid");
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
