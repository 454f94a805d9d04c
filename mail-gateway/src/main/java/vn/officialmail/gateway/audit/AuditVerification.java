package vn.officialmail.gateway.audit;

import java.util.List;

/**
 * The result of walking the audit chain.
 *
 * @param intact true when every link and the exported head agree
 * @param eventsChecked how many chained events were recomputed
 * @param head the database's chain head
 * @param problems where and how the chain breaks, one line each
 */
public record AuditVerification(boolean intact, long eventsChecked, AuditHead head, List<String> problems) {

    public AuditVerification {
        problems = List.copyOf(problems);
    }
}
