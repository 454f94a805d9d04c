package vn.officialmail.gateway.channel;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.DirectoryValues;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.directory.Direction;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.directory.DomainStanding;
import vn.officialmail.gateway.trust.Reason;
import vn.officialmail.gateway.trust.authentication.AuthenticationResults;
import vn.officialmail.gateway.trust.authentication.FromAuthentication;
import vn.officialmail.gateway.trust.smime.SmimeResult;
import vn.officialmail.gateway.trust.smime.SmimeStatus;

/**
 * The channel verdict (REQUIREMENTS.md R1) for the sender and every recipient. The sender: whether
 * the From domain is official by the directory's domain policy (official patterns, allow and deny
 * lists, the agencies' domains), and whether the sender is who it claims to be (SPF, DKIM, DMARC
 * or the agency's own relays, see {@code AuthenticateSender}). Official only when both hold; a
 * failed DMARC check with an enforcing policy, or any failed check for an official domain, is
 * spoofed; an official domain that could not be authenticated is unverified. A unit's shared
 * mailbox is official inside its own agency only ({@code OFFICIAL_UNIT_MAILBOX}); writing only
 * outside it, it is non-official. Mail that was not authenticated at all (imported archives) is
 * judged on its domain alone, and says so. Each recipient is judged by {@link RecipientJudge}.
 */
@Service
public final class ChannelJudge {

    private final Directory directory;
    private final RecipientJudge recipients;

    public ChannelJudge(Directory directory) {
        this.directory = directory;
        this.recipients = new RecipientJudge(directory);
    }

    /** Judges on the From domain alone, recipients from the To, Cc and Bcc headers. */
    public ChannelVerdict judge(MimeMessage message) {
        return judge(message, Optional.empty(), Optional.empty());
    }

    /** As {@link #judge(MimeMessage, List, Optional, Optional)} with the recipients from the headers. */
    public ChannelVerdict judge(
            MimeMessage message, Optional<AuthenticationResults> authentication, Optional<SmimeResult> smime) {
        return judge(message, MessageAddresses.recipients(message), authentication, smime);
    }

    /**
     * Judges with the sender's authentication and S/MIME signature. A signature that a trusted
     * authority issued to the From address makes an official domain official whatever DMARC says
     * (forwarders break DMARC, not signatures); a broken or untrusted one is never official, and a
     * tampered one or one made for another address is spoofed.
     *
     * @param envelopeRecipients the recipients the gateway delivers to (RCPT TO)
     */
    public ChannelVerdict judge(
            MimeMessage message,
            List<String> envelopeRecipients,
            Optional<AuthenticationResults> authentication,
            Optional<SmimeResult> smime) {
        ChannelVerdict sender = withSignature(judgeSender(message, authentication), smime);
        return withRecipients(sender, envelopeRecipients);
    }

    private ChannelVerdict withSignature(ChannelVerdict verdict, Optional<SmimeResult> smime) {
        if (smime.isEmpty()
                || smime.get().status() == SmimeStatus.NONE
                || verdict.senderAddress().isEmpty()) {
            return verdict;
        }
        SmimeResult signature = smime.get();
        List<String> reasons = new ArrayList<>(verdict.reasons());
        reasons.addAll(signature.reasonsInVietnamese());
        boolean officialDomain = directory.isOfficialDomain(verdict.senderDomain());
        Channel channel = verdict.channel();
        if (officialDomain && signature.isTrustedSignatureOf(verdict.senderAddress())) {
            channel = Channel.OFFICIAL;
        } else if (officialDomain
                && (signature.status() == SmimeStatus.INVALID_SIGNATURE
                        || signature.status() == SmimeStatus.FROM_MISMATCH)) {
            channel = Channel.SPOOFED;
        } else if (signature.isBrokenOrUntrusted() && channel == Channel.OFFICIAL) {
            channel = Channel.UNVERIFIED;
        }
        return new ChannelVerdict(channel, verdict.senderAddress(), verdict.senderDomain(), reasons);
    }

    ChannelVerdict judgeSender(MimeMessage message, Optional<AuthenticationResults> authentication) {
        Optional<String> from = MessageAddresses.from(message);
        if (from.isEmpty()) {
            return new ChannelVerdict(
                    Channel.UNVERIFIED, "", "", List.of("Thư không có địa chỉ người gửi (From) hợp lệ"));
        }
        String address = from.get();
        String domain = DirectoryValues.normalizedDomain(address.substring(address.lastIndexOf('@') + 1))
                .orElse(address.substring(address.lastIndexOf('@') + 1));
        DomainStanding standing = directory.standing(domain);
        List<String> reasons = new ArrayList<>();
        switch (standing.kind()) {
            case DENIED ->
                reasons.add(Reason.of(
                                "channel.domain-denied", domain, standing.rule().orElse(domain))
                        .vietnamese());
            case ALLOWED ->
                reasons.add(Reason.of(
                                "channel.domain-allowed",
                                domain,
                                standing.rule().orElse(domain))
                        .vietnamese());
            case OFFICIAL ->
                reasons.add("Tên miền người gửi " + domain + " thuộc danh sách tên miền công vụ ("
                        + standing.rule().orElse(domain) + ")");
            default -> reasons.add("Tên miền người gửi " + domain + " không thuộc danh sách tên miền công vụ");
        }
        if (!standing.isOfficial()) {
            directory
                    .personalProviderOf(domain)
                    .ifPresent(provider -> reasons.add("Hộp thư cá nhân (" + provider
                            + "): thư gửi từ đây không có giá trị của văn bản điện tử công vụ"));
        }
        if (authentication.isEmpty()) {
            reasons.add("Không xác thực lại người gửi (SPF, DKIM, DMARC) cho thư nhập từ kho lưu trữ");
            return new ChannelVerdict(
                    standing.isOfficial() ? Channel.OFFICIAL : Channel.NON_OFFICIAL, address, domain, reasons);
        }
        reasons.addAll(authentication.get().reasonsInVietnamese());
        return new ChannelVerdict(
                channel(standing.isOfficial(), authentication.get().fromAuthentication()), address, domain, reasons);
    }

    /**
     * Adds a verdict per recipient and the direction; an official sender that is a unit's shared
     * mailbox becomes {@code OFFICIAL_UNIT_MAILBOX} when it writes inside its agency and
     * {@code NON_OFFICIAL} when it writes only outside it.
     */
    private ChannelVerdict withRecipients(ChannelVerdict sender, List<String> recipientAddresses) {
        List<RecipientVerdict> judged = new ArrayList<>();
        if (!sender.senderAddress().isEmpty()) {
            Set<String> seen = new LinkedHashSet<>();
            for (String recipient : recipientAddresses) {
                if (recipient.contains("@") && seen.add(recipient.toLowerCase(Locale.ROOT))) {
                    judged.add(recipients.judge(sender.senderAddress(), recipient));
                }
            }
        }
        List<String> reasons = new ArrayList<>(sender.reasons());
        Channel channel = sender.channel();
        Optional<Unit> unitMailbox = directory.unitWithSharedMailbox(sender.senderAddress());
        if (unitMailbox.isPresent() && channel == Channel.OFFICIAL) {
            Unit unit = unitMailbox.get();
            String agency =
                    directory.agency(unit.agencyCode()).map(Agency::name).orElse(unit.agencyCode());
            List<RecipientVerdict> outside = judged.stream()
                    .filter(r -> !inAgency(r.address(), unit.agencyCode()))
                    .toList();
            boolean anyInside = judged.isEmpty() || outside.size() < judged.size();
            // what reaches a recipient outside the agency from a unit mailbox has no official value there
            judged.replaceAll(r -> outside.contains(r)
                    ? new RecipientVerdict(
                            r.address(),
                            r.domain(),
                            Channel.NON_OFFICIAL,
                            r.direction(),
                            r.unitCode(),
                            Reason.of("channel.unit-mailbox-outside", sender.senderAddress(), unit.code(), agency)
                                    .vietnamese())
                    : r);
            channel = anyInside ? Channel.OFFICIAL_UNIT_MAILBOX : Channel.NON_OFFICIAL;
            reasons.add(Reason.of(
                            anyInside ? "channel.unit-mailbox" : "channel.unit-mailbox-outside",
                            sender.senderAddress(),
                            unit.code(),
                            agency)
                    .vietnamese());
        }
        Direction direction = direction(judged);
        reasons.add(Reason.of("channel.direction", direction).vietnamese());
        judged.stream().filter(r -> r.channel() != Channel.OFFICIAL).forEach(r -> reasons.add(r.reason()));
        return new ChannelVerdict(
                channel,
                sender.senderAddress(),
                sender.senderDomain(),
                List.copyOf(new LinkedHashSet<>(reasons)),
                direction,
                judged);
    }

    private boolean inAgency(String address, String agencyCode) {
        return directory
                .agencyOfAddress(address)
                .map(Agency::code)
                .filter(agencyCode::equals)
                .isPresent();
    }

    /** The message's way: outbound if it goes out to anyone, else inbound, else internal. */
    private static Direction direction(List<RecipientVerdict> judged) {
        for (Direction way :
                List.of(Direction.OUTBOUND, Direction.INBOUND, Direction.BETWEEN_AGENCIES, Direction.INTERNAL)) {
            if (judged.stream().anyMatch(r -> r.direction() == way)) {
                return way;
            }
        }
        return judged.isEmpty() ? Direction.INBOUND : Direction.EXTERNAL;
    }

    private static Channel channel(boolean officialDomain, FromAuthentication authentication) {
        if (authentication == FromAuthentication.SPOOFED) {
            return Channel.SPOOFED;
        }
        if (!officialDomain) {
            return Channel.NON_OFFICIAL;
        }
        return switch (authentication) {
            case AUTHENTICATED -> Channel.OFFICIAL;
            case FAILED -> Channel.SPOOFED;
            default -> Channel.UNVERIFIED;
        };
    }
}
