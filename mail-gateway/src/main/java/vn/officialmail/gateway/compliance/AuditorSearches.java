package vn.officialmail.gateway.compliance;

import java.util.Map;
import org.apache.commons.lang3.StringUtils;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.users.Role;

/**
 * Audits what the compliance officers look for (REQUIREMENTS.md R7: "auditors' searches"): every
 * query of the violation events and of the mail search they make is an audit event with its
 * criteria, so the people who watch mailbox use are watched too.
 */
@Component
public final class AuditorSearches {

    private static final int MAX_CRITERIA = 2_000;

    private final AuditLog audit;

    public AuditorSearches(AuditLog audit) {
        this.audit = audit;
    }

    /** Records {@code reader}'s query of {@code what} with its criteria, when the reader is a compliance officer. */
    public void record(GatewayUser reader, String what, String criteria) {
        if (!reader.has(Role.COMPLIANCE_OFFICER)) {
            return;
        }
        audit.record(
                reader.username(),
                "searched",
                "search",
                what,
                Map.of("criteria", StringUtils.truncate(criteria, MAX_CRITERIA)));
    }
}
