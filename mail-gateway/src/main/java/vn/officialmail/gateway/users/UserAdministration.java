package vn.officialmail.gateway.users;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.audit.AuditLog;

/**
 * What an administrator does to accounts: create, change roles and unit, disable, enable, reset a
 * password. Each change is checked, audited in its own transaction, and never leaves the gateway
 * without an enabled administrator. Bad input raises {@link IllegalArgumentException}, a clash with
 * the current state {@link IllegalStateException}, an unknown user {@link NoSuchElementException}.
 */
@Service
public final class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final UserAccounts accounts;
    private final UnitDelegates delegates;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final PasswordPolicy passwords;
    private final SecuritySettings.Ldap directory;

    public UserAdministration(
            UserAccounts accounts,
            UnitDelegates delegates,
            AuditLog audit,
            TransactionTemplate transactions,
            GatewaySettings settings) {
        this.accounts = accounts;
        this.delegates = delegates;
        this.audit = audit;
        this.transactions = transactions;
        this.passwords = new PasswordPolicy(settings.security().passwordMinLength());
        this.directory = settings.security().ldap();
    }

    public List<GatewayUser> list() {
        return accounts.all();
    }

    public GatewayUser create(String actor, String username, String password, Set<Role> roles, Optional<String> unit) {
        String name = username(username);
        Optional<String> unitCode = unitCode(unit);
        checkRoles(roles, unitCode);
        passwords.check(name, password);
        return transactions.execute(status -> {
            if (accounts.find(name).isPresent()) {
                throw new IllegalStateException("Tài khoản đã tồn tại / user '" + name + "' already exists");
            }
            accounts.create(name, password, roles, unitCode);
            audit.record(actor, "user-created", "user", name, details(roles, unitCode));
            return accounts.loadUserByUsername(name);
        });
    }

    /** Creates an account whose password the agency directory (LDAP/AD) checks; none is stored here. */
    public GatewayUser createDirectoryAccount(String actor, String username, Set<Role> roles, Optional<String> unit) {
        String name = username(username);
        Optional<String> unitCode = unitCode(unit);
        checkRoles(roles, unitCode);
        if (!directory.enabled()) {
            throw new IllegalArgumentException(
                    "Chưa cấu hình thư mục LDAP / no directory is configured" + " (gateway.security.ldap.url)");
        }
        return transactions.execute(status -> {
            if (accounts.find(name).isPresent()) {
                throw new IllegalStateException("Tài khoản đã tồn tại / user '" + name + "' already exists");
            }
            accounts.createDirectoryAccount(name, roles, unitCode);
            Map<String, String> details = new TreeMap<>(details(roles, unitCode));
            details.put("password", "directory");
            audit.record(actor, "user-created", "user", name, details);
            return accounts.loadUserByUsername(name);
        });
    }

    public GatewayUser setRoles(String actor, String username, Set<Role> roles, Optional<String> unit) {
        Optional<String> unitCode = unitCode(unit);
        checkRoles(roles, unitCode);
        return transactions.execute(status -> {
            GatewayUser user = existing(username);
            if (user.has(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)) {
                keepAnAdministrator(user);
            }
            accounts.setRoles(user.username(), roles, unitCode);
            if (!user.unitCode().equals(unitCode)) {
                delegates.revokeHeldBy(actor, user.username(), "unit-changed");
            }
            audit.record(actor, "user-roles-changed", "user", user.username(), details(roles, unitCode));
            return accounts.loadUserByUsername(user.username());
        });
    }

    public void setEnabled(String actor, String username, boolean enabled) {
        transactions.executeWithoutResult(status -> {
            GatewayUser user = existing(username);
            if (!enabled && user.has(Role.ADMINISTRATOR)) {
                keepAnAdministrator(user);
            }
            accounts.setEnabled(user.username(), enabled);
            if (!enabled) {
                delegates.revokeHeldBy(actor, user.username(), "user-disabled");
            }
            audit.record(actor, enabled ? "user-enabled" : "user-disabled", "user", user.username(), Map.of());
        });
    }

    /** Sets a new password; the audit entry says who reset it, never the password. */
    public void resetPassword(String actor, String username, String password) {
        transactions.executeWithoutResult(status -> {
            GatewayUser user = existing(username);
            if (user.directoryAccount()) {
                throw new IllegalStateException("Mật khẩu do thư mục LDAP quản lý / the password of '" + user.username()
                        + "' is kept by the directory");
            }
            passwords.check(user.username(), password);
            accounts.setPassword(user.username(), password);
            audit.record(actor, "user-password-reset", "user", user.username(), Map.of());
        });
    }

    private GatewayUser existing(String username) {
        return accounts.find(username)
                .orElseThrow(() -> new NoSuchElementException("Không có tài khoản / no user '" + username + "'"));
    }

    private void keepAnAdministrator(GatewayUser user) {
        if (user.enabled() && accounts.enabledAdministrators() <= 1) {
            throw new IllegalStateException("Không thể bỏ quản trị viên cuối cùng / '" + user.username()
                    + "' is the last enabled administrator");
        }
    }

    private static void checkRoles(Set<Role> roles, Optional<String> unitCode) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException(
                    "Cần ít nhất một vai trò / at least one role is required; known: " + List.of(Role.values()));
        }
        if (roles.contains(Role.UNIT_DELEGATE)) {
            throw new IllegalArgumentException("UNIT_DELEGATE is granted by the unit head through"
                    + " POST /api/units/{code}/delegate, not as a stored role");
        }
        if (roles.contains(Role.UNIT_HEAD) && unitCode.isEmpty()) {
            throw new IllegalArgumentException("Trưởng đơn vị cần mã đơn vị / a UNIT_HEAD needs a unitCode");
        }
    }

    static String username(String raw) {
        String name = Normalizer.normalize(raw == null ? "" : raw.strip(), Normalizer.Form.NFC)
                .toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Tên đăng nhập không hợp lệ / username must be 3 to 64 characters of"
                    + " a-z, 0-9, '.', '_', '@', '-': '" + abbreviate(name) + "'");
        }
        return name;
    }

    static Optional<String> unitCode(Optional<String> raw) {
        Optional<String> code = raw.map(String::strip).filter(s -> !s.isEmpty());
        code.ifPresent(c -> {
            if (!UNIT_CODE.matcher(c).matches()) {
                throw new IllegalArgumentException("Mã đơn vị không hợp lệ / unitCode must be 1 to 64 characters of"
                        + " A-Z, a-z, 0-9, '.', '_', '-': '" + abbreviate(c) + "'");
            }
        });
        return code;
    }

    private static Map<String, String> details(Set<Role> roles, Optional<String> unitCode) {
        Map<String, String> details = new TreeMap<>();
        details.put("roles", EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(",")));
        details.put("unit", unitCode.orElse(""));
        return details;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
