package vn.officialmail.gateway.web;

import java.util.Map;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.users.UserAccounts;

/**
 * What a wrong password costs, the same on the console, the API and SMTP AUTH: audited
 * {@code login-failed}, counted toward the lockout when the account exists, and {@code user-locked}
 * audited when that failure locks it.
 */
public final class FailedLogins {

    private final UserAccounts accounts;
    private final LoginAttempts attempts;
    private final AuditLog audit;

    public FailedLogins(UserAccounts accounts, LoginAttempts attempts, AuditLog audit) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.audit = audit;
    }

    /**
     * Records one failed login.
     *
     * @param username the canonical user name tried
     * @param address the client's address, as the lockout keys it
     * @param via where the login came from ({@code console}, {@code api}, {@code submission}, {@code smtp})
     */
    public void record(String username, String address, String via) {
        if (accounts.find(username).isEmpty()) {
            audit.record(username, "login-failed", "user", username, Map.of("address", address, "via", via));
            return;
        }
        LoginAttempts.Failure failure = attempts.failed(username, address);
        audit.record(
                username,
                "login-failed",
                "user",
                username,
                Map.of("address", address, "via", via, "failures", Integer.toString(failure.failures())));
        failure.lockedUntil()
                .ifPresent(until -> audit.record(
                        "gateway",
                        "user-locked",
                        "user",
                        username,
                        Map.of("address", address, "until", until.toString())));
    }
}
