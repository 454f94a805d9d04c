package vn.officialmail.gateway.users;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.audit.AuditLog;

/**
 * The one delegate a unit head may name to act for them. The table's primary key (the unit code)
 * keeps it to one per unit even when two requests race; naming another person means revoking the
 * current one first, so nobody loses the role without an audited revocation.
 */
@Service
public final class UnitDelegates {

    /** The current delegation of a unit. */
    public record Delegation(String unitCode, String username, String grantedBy, Instant grantedAt) {}

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public UnitDelegates(
            JdbcClient jdbc, UserAccounts accounts, AuditLog audit, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Optional<Delegation> of(GatewayUser actor, String unitCode) {
        checkHeadOf(actor, unitCode);
        return find(unitCode);
    }

    /**
     * Names {@code username} delegate of the unit.
     *
     * @throws AccessDeniedException when the actor is neither an administrator nor this unit's head
     * @throws IllegalArgumentException when the user cannot be the unit's delegate
     * @throws IllegalStateException when the unit already has a delegate
     */
    public Delegation grant(GatewayUser actor, String unitCode, String username) {
        checkHeadOf(actor, unitCode);
        try {
            return transactions.execute(status -> {
                GatewayUser user = accounts.find(username)
                        .orElseThrow(
                                () -> new NoSuchElementException("Không có tài khoản / no user '" + username + "'"));
                if (!user.enabled() || !user.unitCode().equals(Optional.of(unitCode)) || user.has(Role.UNIT_HEAD)) {
                    throw new IllegalArgumentException(
                            "Người được ủy quyền phải là thành viên đang hoạt động của đơn vị,"
                                    + " không phải trưởng đơn vị / the delegate must be an enabled member of unit '"
                                    + unitCode
                                    + "' other than its head: '" + user.username() + "'");
                }
                Instant now = clock.instant();
                jdbc.sql("insert into unit_delegate (unit_code, username, granted_by, granted_at) values (?, ?, ?, ?)")
                        .params(
                                unitCode,
                                user.username(),
                                actor.username(),
                                OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .update();
                audit.record(
                        actor.username(), "delegate-granted", "unit", unitCode, Map.of("delegate", user.username()));
                return new Delegation(unitCode, user.username(), actor.username(), now);
            });
        } catch (DataIntegrityViolationException e) {
            throw new IllegalStateException(
                    "Đơn vị đã có người được ủy quyền; hãy thu hồi trước / unit '" + unitCode
                            + "' already has a delegate: revoke it first"
                            + find(unitCode).map(d -> " (" + d.username() + ")").orElse(""),
                    e);
        }
    }

    /**
     * Ends the unit's delegation.
     *
     * @throws NoSuchElementException when the unit has no delegate
     */
    public void revoke(GatewayUser actor, String unitCode) {
        checkHeadOf(actor, unitCode);
        transactions.executeWithoutResult(status -> {
            Delegation current = find(unitCode)
                    .orElseThrow(() -> new NoSuchElementException(
                            "Đơn vị không có người được ủy quyền / unit '" + unitCode + "' has no delegate"));
            remove(actor.username(), current, "revoked");
        });
    }

    /** Ends the delegation a user holds, if any (they were disabled or moved), in the caller's transaction. */
    void revokeHeldBy(String actor, String username, String reason) {
        jdbc.sql("select unit_code, username, granted_by, granted_at from unit_delegate where username = ?")
                .param(username)
                .query(UnitDelegates::row)
                .optional()
                .ifPresent(d -> remove(actor, d, reason));
    }

    private void remove(String actor, Delegation delegation, String reason) {
        jdbc.sql("delete from unit_delegate where unit_code = ?")
                .param(delegation.unitCode())
                .update();
        audit.record(
                actor,
                "delegate-revoked",
                "unit",
                delegation.unitCode(),
                Map.of("delegate", delegation.username(), "reason", reason));
    }

    private Optional<Delegation> find(String unitCode) {
        return jdbc.sql("select unit_code, username, granted_by, granted_at from unit_delegate where unit_code = ?")
                .param(unitCode)
                .query(UnitDelegates::row)
                .optional();
    }

    private static void checkHeadOf(GatewayUser actor, String unitCode) {
        boolean head = actor.has(Role.UNIT_HEAD) && actor.unitCode().equals(Optional.of(unitCode));
        if (!head && !actor.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("only the head of unit '" + unitCode + "' or an administrator may do this");
        }
    }

    private static Delegation row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Delegation(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant());
    }
}
