package vn.officialmail.gateway.users;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a user may do. A user holds one or more roles; {@link #UNIT_DELEGATE} is never stored with
 * the user: it follows from the unit's delegation ({@link UnitDelegates}), so a unit can have only
 * one delegate at a time.
 */
public enum Role {
    /** Manages users and roles, sees everything. */
    ADMINISTRATOR,
    /** Reviews violations and the quarantine, including secret-marked mail. */
    COMPLIANCE_OFFICER,
    /** Head of a unit: sees the unit's violations and names its delegate. */
    UNIT_HEAD,
    /** Acts for the unit head while delegated: sees the unit's violations. */
    UNIT_DELEGATE,
    /** Văn thư: keeps the registers of incoming and outgoing documents. */
    CLERK,
    /** Any other member of staff. */
    STAFF;

    /** The Spring Security authority, {@code ROLE_} + name. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Parses a role name (case-insensitive); the message lists the known roles. */
    public static Role parse(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(r -> r.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown role '" + name + "'; known: " + Arrays.toString(values())));
    }
}
