package vn.officialmail.gateway.trust.dmarc;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.xbill.DNS.Type;
import vn.officialmail.gateway.trust.Reason;
import vn.officialmail.gateway.trust.dkim.DkimOutcome;
import vn.officialmail.gateway.trust.dns.DnsAnswer;
import vn.officialmail.gateway.trust.dns.DnsLookup;
import vn.officialmail.gateway.trust.spf.SpfOutcome;

/**
 * Evaluates DMARC (RFC 7489) for a From domain from the SPF and DKIM outcomes: policy discovery
 * at {@code _dmarc.<from>}, then at the organisational domain (§6.6.3); identifier alignment
 * (§3.1); the applicable policy. Alignment is reported even when no record exists, so the channel
 * verdict can still use an aligned pass. Thread-safe.
 */
public final class DmarcEvaluator {

    private final DnsLookup dns;

    public DmarcEvaluator(DnsLookup dns) {
        this.dns = dns;
    }

    /**
     * @param fromDomain the RFC 5322 From domain
     * @param spf the SPF outcome for the MAIL FROM (or HELO) identity
     * @param dkim every DKIM signature's outcome
     */
    public DmarcOutcome evaluate(String fromDomain, SpfOutcome spf, List<DkimOutcome> dkim) {
        String from = OrganizationalDomain.normalize(fromDomain);
        if (from.isEmpty()) {
            return new DmarcOutcome(
                    DmarcResult.NONE, "", "", "", Optional.empty(), 100, false, false, Reason.of("dmarc.no-from"));
        }
        String organization = OrganizationalDomain.of(from);
        Discovery discovery = discover(from);
        if (discovery.result == null && !organization.equals(from)) {
            discovery = discover(organization);
        }
        Alignment dkimMode = discovery.record == null ? Alignment.RELAXED : discovery.record.dkimAlignment();
        Alignment spfMode = discovery.record == null ? Alignment.RELAXED : discovery.record.spfAlignment();
        boolean spfAligned = spf.passed() && OrganizationalDomain.aligned(spf.domain(), from, spfMode);
        Optional<DkimOutcome> alignedSignature = dkim.stream()
                .filter(DkimOutcome::passed)
                .filter(outcome -> OrganizationalDomain.aligned(outcome.domain(), from, dkimMode))
                .findFirst();
        boolean dkimAligned = alignedSignature.isPresent();

        if (discovery.result != null && discovery.result != DmarcResult.PASS) {
            return new DmarcOutcome(
                    discovery.result,
                    from,
                    organization,
                    discovery.domain,
                    Optional.empty(),
                    100,
                    spfAligned,
                    dkimAligned,
                    discovery.reason);
        }
        if (discovery.record == null) {
            return new DmarcOutcome(
                    DmarcResult.NONE,
                    from,
                    organization,
                    "",
                    Optional.empty(),
                    100,
                    spfAligned,
                    dkimAligned,
                    Reason.of("dmarc.none", from));
        }
        DmarcRecord record = discovery.record;
        DmarcPolicy policy = discovery.domain.equals(from)
                ? record.policy()
                : record.subdomainPolicy().orElse(record.policy());
        Reason reason;
        DmarcResult result;
        if (dkimAligned) {
            result = DmarcResult.PASS;
            reason = Reason.of("dmarc.pass-dkim", from, alignedSignature.get().domain());
        } else if (spfAligned) {
            result = DmarcResult.PASS;
            reason = Reason.of("dmarc.pass-spf", from, spf.domain());
        } else {
            result = DmarcResult.FAIL;
            reason = Reason.of("dmarc.fail", from, policy.keyword(), discovery.domain);
        }
        return new DmarcOutcome(
                result,
                from,
                organization,
                discovery.domain,
                Optional.of(policy),
                record.percentage(),
                spfAligned,
                dkimAligned,
                reason);
    }

    /** What one {@code _dmarc.<domain>} query gave: a record (result PASS as "found"), or an end. */
    private record Discovery(
            @Nullable DmarcResult result, @Nullable DmarcRecord record, String domain, @Nullable Reason reason) {}

    private Discovery discover(String domain) {
        String name = "_dmarc." + domain;
        DnsAnswer answer = dns.lookup(name, Type.TXT);
        if (answer.isTemporaryFailure()) {
            return new Discovery(
                    DmarcResult.TEMPERROR, null, domain, Reason.of("dmarc.temperror", name, answer.problem()));
        }
        List<String> records =
                answer.texts().stream().filter(DmarcRecord::isDmarc).toList();
        if (records.isEmpty()) {
            return new Discovery(null, null, "", null);
        }
        if (records.size() > 1) {
            return new Discovery(DmarcResult.NONE, null, domain, Reason.of("dmarc.multiple-records", name));
        }
        try {
            return new Discovery(DmarcResult.PASS, DmarcRecord.parse(records.get(0)), domain, null);
        } catch (IllegalArgumentException e) {
            return new Discovery(
                    DmarcResult.PERMERROR, null, domain, Reason.of("dmarc.permerror", name, e.getMessage()));
        }
    }
}
