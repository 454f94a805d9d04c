package vn.officialmail.gateway.trust.authentication;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.officialmail.gateway.trust.RawMessage;
import vn.officialmail.gateway.trust.Reason;
import vn.officialmail.gateway.trust.dkim.DkimOutcome;
import vn.officialmail.gateway.trust.dkim.DkimResult;
import vn.officialmail.gateway.trust.dkim.DkimVerifier;
import vn.officialmail.gateway.trust.dmarc.DmarcEvaluator;
import vn.officialmail.gateway.trust.dmarc.DmarcOutcome;
import vn.officialmail.gateway.trust.dmarc.DmarcResult;
import vn.officialmail.gateway.trust.dns.DnsLookup;
import vn.officialmail.gateway.trust.dns.DnsLookups;
import vn.officialmail.gateway.trust.relay.TrustedRelays;
import vn.officialmail.gateway.trust.spf.SpfOutcome;
import vn.officialmail.gateway.trust.spf.SpfResult;
import vn.officialmail.gateway.trust.spf.SpfVerifier;

/**
 * Authenticates a message's sender: SPF for the SMTP client, DKIM for the signatures, DMARC for
 * the From domain people read, and, for mail from the agency's own relays, the results those
 * relays recorded. The one entry point for the channel verdict. Thread-safe; build it once.
 */
public final class SenderAuthenticator {

    private final SpfVerifier spf;
    private final DkimVerifier dkim;
    private final DmarcEvaluator dmarc;
    private final TrustedRelays relays;

    public SenderAuthenticator(SpfVerifier spf, DkimVerifier dkim, DmarcEvaluator dmarc, TrustedRelays relays) {
        this.spf = spf;
        this.dkim = dkim;
        this.dmarc = dmarc;
        this.relays = relays;
    }

    /** Everything from the settings: DNS (resolvers and cache, or static records) included. */
    public static SenderAuthenticator create(AuthenticationSettings settings, Clock clock) {
        return create(settings, DnsLookups.create(settings.dns()), clock);
    }

    /** From the settings, on a DNS lookup of the caller's. */
    public static SenderAuthenticator create(AuthenticationSettings settings, DnsLookup dns, Clock clock) {
        return new SenderAuthenticator(
                new SpfVerifier(dns, settings.authservId()),
                new DkimVerifier(dns, clock, settings.maxDkimSignatures()),
                new DmarcEvaluator(dns),
                new TrustedRelays(settings.trustedRelays(), settings.authservId()));
    }

    /** Whether an address is one of the agency's own mail servers, whose Authentication-Results are believed. */
    public boolean isTrustedRelay(String address) {
        return relays.isTrusted(address, Optional.empty());
    }

    /** Authenticates the message as received (raw octets, header and body). */
    public AuthenticationResults authenticate(ConnectionFacts facts, byte[] message) {
        return authenticate(facts, RawMessage.parse(message));
    }

    public AuthenticationResults authenticate(ConnectionFacts facts, RawMessage message) {
        boolean viaRelay = relays.isTrusted(facts.clientIp(), facts.authIdentity());
        Optional<TrustedRelays.Believed> believed = relays.believed(message, viaRelay);
        Optional<RelayResults> relayed = believed.map(b -> RelayResults.of(b.header()));

        SpfOutcome spfOutcome;
        if (relayed.isPresent()) {
            spfOutcome = relayed.get().spf();
        } else if (viaRelay) {
            // SPF of the relay's own address says nothing about the original sender.
            spfOutcome = new SpfOutcome(
                    SpfResult.NONE, facts.mailFrom(), "", facts.clientIp(), Reason.of("spf.relay-without-results"));
        } else {
            spfOutcome = spf.check(facts.clientIp(), facts.mailFrom(), facts.helo());
        }
        List<DkimOutcome> dkimOutcomes = new ArrayList<>(dkim.verify(message));
        relayed.ifPresent(r -> dkimOutcomes.addAll(r.dkim()));

        // A relay's login identity is its own, not the sender's: there the relay's report counts.
        Optional<String> identity = viaRelay ? relayed.flatMap(RelayResults::authIdentity) : facts.authIdentity();

        FromAddress from = FromAddress.of(message);
        DmarcOutcome dmarcOutcome = dmarc.evaluate(from.domain(), spfOutcome, dkimOutcomes);

        List<Reason> reasons = new ArrayList<>();
        reasons.add(spfOutcome.reason());
        if (dkimOutcomes.isEmpty()) {
            reasons.add(Reason.of("dkim.none"));
        }
        dkimOutcomes.forEach(outcome -> reasons.add(outcome.reason()));
        reasons.add(dmarcOutcome.reason());
        identity.ifPresent(id -> reasons.add(Reason.of("auth.identity", id)));
        reasons.addAll(from.problem());
        FromAuthentication summary = summarize(from, identity, spfOutcome, dkimOutcomes, dmarcOutcome, reasons);

        return new AuthenticationResults(
                from.address(),
                from.domain(),
                spfOutcome,
                dkimOutcomes,
                dmarcOutcome,
                identity,
                viaRelay,
                summary,
                reasons,
                relays.headersToRemove(message, believed));
    }

    private static FromAuthentication summarize(
            FromAddress from,
            Optional<String> identity,
            SpfOutcome spf,
            List<DkimOutcome> dkim,
            DmarcOutcome dmarc,
            List<Reason> reasons) {
        if (!from.usable()) {
            reasons.add(Reason.of("from.unauthenticated", "-"));
            return FromAuthentication.UNAUTHENTICATED;
        }
        if (identity.filter(id -> id.equalsIgnoreCase(from.address())).isPresent()) {
            reasons.add(Reason.of("from.authenticated-login", from.address()));
            return FromAuthentication.AUTHENTICATED;
        }
        switch (dmarc.result()) {
            case PASS -> {
                reasons.add(Reason.of("from.authenticated", from.domain()));
                return FromAuthentication.AUTHENTICATED;
            }
            case FAIL -> {
                if (dmarc.failedWithEnforcement()) {
                    reasons.add(Reason.of(
                            "from.spoofed", from.domain(), dmarc.policy().get().keyword()));
                    return FromAuthentication.SPOOFED;
                }
                reasons.add(Reason.of("from.failed", from.domain()));
                return FromAuthentication.FAILED;
            }
            case TEMPERROR -> {
                reasons.add(Reason.of("from.temporary", from.domain()));
                return FromAuthentication.TEMPORARY_FAILURE;
            }
            default -> {}
        }
        if (dmarc.dkimAligned() || dmarc.spfAligned()) {
            reasons.add(Reason.of("from.authenticated-aligned", from.domain()));
            return FromAuthentication.AUTHENTICATED;
        }
        boolean temporary =
                spf.result() == SpfResult.TEMPERROR || dkim.stream().anyMatch(d -> d.result() == DkimResult.TEMPERROR);
        if (temporary && dmarc.result() == DmarcResult.NONE) {
            reasons.add(Reason.of("from.temporary", from.domain()));
            return FromAuthentication.TEMPORARY_FAILURE;
        }
        reasons.add(Reason.of("from.unauthenticated", from.domain()));
        return FromAuthentication.UNAUTHENTICATED;
    }
}
