package vn.officialmail.gateway.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.officialmail.config.directory.PersonalMailProviders;
import vn.officialmail.gateway.channel.Channel;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.channel.OfficialDomains;
import vn.officialmail.gateway.classification.DocumentFacts;

/**
 * Finds the rules a message breaks, from its channel verdict, its recipients and its document:
 * a spoofed sender; a secret document by e-mail; an official document from a personal mailbox;
 * an official document from an agency mailbox to a personal one. Direction is seen from the
 * agency side: until the directory knows which domains are this agency's, mail from a personal
 * mailbox is inbound and mail from an official domain to a personal one is outbound.
 */
public final class ViolationFinder {

    private static final String INBOUND = "INBOUND";
    private static final String OUTBOUND = "OUTBOUND";
    private static final String RECORDED = "RECORDED";
    private static final String QUARANTINED = "QUARANTINED";

    private final OfficialDomains officialDomains;
    private final PersonalMailProviders personalProviders;

    public ViolationFinder(OfficialDomains officialDomains, PersonalMailProviders personalProviders) {
        this.officialDomains = officialDomains;
        this.personalProviders = personalProviders;
    }

    public List<Violation> find(
            long messageId, ChannelVerdict verdict, List<String> recipients, DocumentFacts document, Instant at) {
        List<Violation> found = new ArrayList<>();
        String sender = verdict.senderAddress();
        String senderDomain = verdict.senderDomain();
        Optional<String> type = Optional.of(document.type()).filter(t -> !t.equals("unclassified"));
        boolean secret = document.secrecy().isPresent();
        if (verdict.channel() == Channel.SPOOFED) {
            found.add(violation(
                    messageId,
                    ViolationKind.SPOOFED_SENDER,
                    INBOUND,
                    sender,
                    sender,
                    senderDomain,
                    type,
                    QUARANTINED,
                    at));
        }
        if (secret) {
            found.add(violation(
                    messageId,
                    ViolationKind.SECRET_DOCUMENT_BY_EMAIL,
                    INBOUND,
                    sender,
                    sender,
                    senderDomain,
                    type,
                    QUARANTINED,
                    at));
        }
        if (type.isEmpty()) {
            return found;
        }
        String action = secret || verdict.channel() == Channel.SPOOFED ? QUARANTINED : RECORDED;
        if (personalProviders.providerOf(senderDomain).isPresent()) {
            found.add(violation(
                    messageId,
                    ViolationKind.OFFICIAL_DOCUMENT_FROM_PERSONAL_MAILBOX,
                    INBOUND,
                    sender,
                    sender,
                    senderDomain,
                    type,
                    action,
                    at));
        }
        if (officialDomains.match(senderDomain).isPresent()) {
            for (String recipient : recipients) {
                String domain =
                        recipient.substring(recipient.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
                if (personalProviders.providerOf(domain).isPresent()) {
                    found.add(violation(
                            messageId,
                            ViolationKind.OFFICIAL_DOCUMENT_TO_PERSONAL_MAILBOX,
                            OUTBOUND,
                            sender,
                            recipient.toLowerCase(Locale.ROOT),
                            domain,
                            type,
                            action,
                            at));
                }
            }
        }
        return found;
    }

    private static Violation violation(
            long messageId,
            ViolationKind kind,
            String direction,
            String sender,
            String counterpart,
            String counterpartDomain,
            Optional<String> type,
            String action,
            Instant at) {
        return new Violation(
                messageId, kind, direction, sender, counterpart, counterpartDomain, type, action, Optional.empty(), at);
    }
}
