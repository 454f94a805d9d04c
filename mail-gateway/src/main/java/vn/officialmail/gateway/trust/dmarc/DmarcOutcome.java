package vn.officialmail.gateway.trust.dmarc;

import java.util.Optional;
import vn.officialmail.gateway.trust.Reason;

/**
 * The DMARC evaluation of a message's RFC 5322 From domain.
 *
 * @param result the result
 * @param fromDomain the From domain judged, lower case
 * @param organizationalDomain its organisational domain
 * @param recordDomain where the policy record was found ({@code _dmarc.} + this); empty if none
 * @param policy the policy that applies to this From domain ({@code sp=} for a subdomain when the
 *     record came from the organisational domain, else {@code p=}); empty without a record
 * @param percentage the record's {@code pct=}; 100 without a record
 * @param spfAligned an SPF pass whose domain is aligned with the From domain
 * @param dkimAligned a DKIM pass whose {@code d=} is aligned with the From domain
 * @param reason why, for users and auditors
 */
public record DmarcOutcome(
        DmarcResult result,
        String fromDomain,
        String organizationalDomain,
        String recordDomain,
        Optional<DmarcPolicy> policy,
        int percentage,
        boolean spfAligned,
        boolean dkimAligned,
        Reason reason) {

    /** A DMARC failure whose domain asks for quarantine or rejection: the From is forged. */
    public boolean failedWithEnforcement() {
        return result == DmarcResult.FAIL
                && policy.filter(p -> p != DmarcPolicy.NONE).isPresent();
    }
}
