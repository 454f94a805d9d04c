package vn.officialmail.gateway.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.channel.Channel;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.channel.RecipientJudge;
import vn.officialmail.gateway.channel.RecipientVerdict;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.directory.Direction;
import vn.officialmail.gateway.directory.Directory;

/**
 * Finds the rules a message breaks, from its channel verdict (sender and every recipient), and its
 * document: a spoofed sender; a secret document by e-mail; an official document from a personal
 * mailbox; an official document from an agency mailbox to a personal one (a CC to gmail, a forward
 * to a personal account). Direction and unit come from the directory: the unit is the agency-side
 * one (the sender's for outbound mail, the recipient's for inbound).
 */
public final class ViolationFinder {

    private static final String RECORDED = "RECORDED";
    private static final String QUARANTINED = "QUARANTINED";

    private final Directory directory;
    private final RecipientJudge recipientJudge;

    public ViolationFinder(Directory directory) {
        this.directory = directory;
        this.recipientJudge = new RecipientJudge(directory);
    }

    /**
     * @param recipients the envelope recipients; judged here when the verdict carries none
     */
    public List<Violation> find(
            long messageId, ChannelVerdict verdict, List<String> recipients, DocumentFacts document, Instant at) {
        List<Violation> found = new ArrayList<>();
        String sender = verdict.senderAddress();
        String senderDomain = verdict.senderDomain();
        List<RecipientVerdict> judged = verdict.recipients().isEmpty() && !sender.isEmpty()
                ? recipients.stream().map(r -> recipientJudge.judge(sender, r)).toList()
                : verdict.recipients();
        Optional<String> type = Optional.of(document.type()).filter(t -> !t.equals("unclassified"));
        boolean secret = document.secrecy().isPresent();
        Optional<String> senderUnit = directory.unitOfMailbox(sender).map(Unit::code);
        Optional<String> recipientUnit = judged.stream()
                .map(RecipientVerdict::unitCode)
                .flatMap(Optional::stream)
                .findFirst();
        if (verdict.channel() == Channel.SPOOFED) {
            found.add(new Violation(
                    messageId,
                    ViolationKind.SPOOFED_SENDER,
                    Direction.INBOUND.name(),
                    sender,
                    sender,
                    senderDomain,
                    type,
                    QUARANTINED,
                    recipientUnit,
                    at));
        }
        if (secret) {
            Direction way = judged.isEmpty() ? Direction.INBOUND : verdict.direction();
            boolean outgoing = way == Direction.OUTBOUND || way == Direction.INTERNAL;
            found.add(new Violation(
                    messageId,
                    ViolationKind.SECRET_DOCUMENT_BY_EMAIL,
                    way.name(),
                    sender,
                    sender,
                    senderDomain,
                    type,
                    QUARANTINED,
                    outgoing ? senderUnit.or(() -> recipientUnit) : recipientUnit.or(() -> senderUnit),
                    at));
        }
        if (type.isEmpty()) {
            return found;
        }
        String action = secret || verdict.channel() == Channel.SPOOFED ? QUARANTINED : RECORDED;
        if (!directory.isOfficialDomain(senderDomain)
                && directory.personalProviderOf(senderDomain).isPresent()) {
            found.add(new Violation(
                    messageId,
                    ViolationKind.OFFICIAL_DOCUMENT_FROM_PERSONAL_MAILBOX,
                    Direction.INBOUND.name(),
                    sender,
                    sender,
                    senderDomain,
                    type,
                    action,
                    recipientUnit,
                    at));
        }
        if (directory.isOfficialDomain(senderDomain)) {
            for (RecipientVerdict recipient : judged) {
                if (recipient.channel() == Channel.NON_OFFICIAL
                        && directory.personalProviderOf(recipient.domain()).isPresent()) {
                    found.add(new Violation(
                            messageId,
                            ViolationKind.OFFICIAL_DOCUMENT_TO_PERSONAL_MAILBOX,
                            recipient.direction() == Direction.EXTERNAL
                                    ? Direction.OUTBOUND.name()
                                    : recipient.direction().name(),
                            sender,
                            recipient.address(),
                            recipient.domain(),
                            type,
                            action,
                            senderUnit,
                            at));
                }
            }
        }
        return found;
    }
}
