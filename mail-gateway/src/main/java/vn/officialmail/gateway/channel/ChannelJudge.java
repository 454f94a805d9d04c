package vn.officialmail.gateway.channel;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.officialmail.config.directory.PersonalMailProviders;
import vn.officialmail.gateway.trust.authentication.AuthenticationResults;
import vn.officialmail.gateway.trust.authentication.FromAuthentication;
import vn.officialmail.gateway.trust.smime.SmimeResult;
import vn.officialmail.gateway.trust.smime.SmimeStatus;

/**
 * The channel verdict (REQUIREMENTS.md R1): whether the From domain is an official one, and
 * whether the sender is who it claims to be (SPF, DKIM, DMARC or the agency's own relays, see
 * {@code AuthenticateSender}). Official only when both hold; a failed DMARC check with an
 * enforcing policy, or any failed check for an official domain, is spoofed; an official domain
 * that could not be authenticated is unverified. Mail that was not authenticated at all (imported
 * archives) is judged on its domain alone, and says so.
 */
@Service
public final class ChannelJudge {

    private final OfficialDomains officialDomains;
    private final PersonalMailProviders personalProviders;

    public ChannelJudge(OfficialDomains officialDomains, PersonalMailProviders personalProviders) {
        this.officialDomains = officialDomains;
        this.personalProviders = personalProviders;
    }

    /** Judges on the From domain alone. */
    public ChannelVerdict judge(MimeMessage message) {
        return judge(message, Optional.empty(), Optional.empty());
    }

    /**
     * Judges with the sender's authentication and S/MIME signature. A signature that a trusted
     * authority issued to the From address makes an official domain official whatever DMARC says
     * (forwarders break DMARC, not signatures); a broken or untrusted one is never official, and a
     * tampered one or one made for another address is spoofed.
     */
    public ChannelVerdict judge(
            MimeMessage message, Optional<AuthenticationResults> authentication, Optional<SmimeResult> smime) {
        ChannelVerdict verdict = judge(message, authentication);
        if (smime.isEmpty()
                || smime.get().status() == SmimeStatus.NONE
                || verdict.senderAddress().isEmpty()) {
            return verdict;
        }
        SmimeResult signature = smime.get();
        List<String> reasons = new ArrayList<>(verdict.reasons());
        reasons.addAll(signature.reasonsInVietnamese());
        boolean officialDomain = officialDomains.match(verdict.senderDomain()).isPresent();
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

    ChannelVerdict judge(MimeMessage message, Optional<AuthenticationResults> authentication) {
        Optional<String> from = fromAddress(message);
        if (from.isEmpty()) {
            return new ChannelVerdict(
                    Channel.UNVERIFIED, "", "", List.of("Thư không có địa chỉ người gửi (From) hợp lệ"));
        }
        String address = from.get();
        String domain = OfficialDomains.normalize(address.substring(address.lastIndexOf('@') + 1));
        Optional<String> officialPattern = officialDomains.match(domain);
        List<String> reasons = new ArrayList<>();
        reasons.add(officialPattern
                .map(pattern -> "Tên miền người gửi " + domain + " thuộc danh sách tên miền công vụ (" + pattern + ")")
                .orElse("Tên miền người gửi " + domain + " không thuộc danh sách tên miền công vụ"));
        if (officialPattern.isEmpty()) {
            personalProviders
                    .providerOf(domain)
                    .ifPresent(provider -> reasons.add("Hộp thư cá nhân (" + provider
                            + "): thư gửi từ đây không có giá trị của văn bản điện tử công vụ"));
        }
        if (authentication.isEmpty()) {
            reasons.add("Không xác thực lại người gửi (SPF, DKIM, DMARC) cho thư nhập từ kho lưu trữ");
            return new ChannelVerdict(
                    officialPattern.isPresent() ? Channel.OFFICIAL : Channel.NON_OFFICIAL, address, domain, reasons);
        }
        reasons.addAll(authentication.get().reasonsInVietnamese());
        return new ChannelVerdict(
                channel(officialPattern.isPresent(), authentication.get().fromAuthentication()),
                address,
                domain,
                reasons);
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

    static Optional<String> fromAddress(MimeMessage message) {
        try {
            String[] raw = message.getHeader("From");
            if (raw == null || raw.length == 0) {
                return Optional.empty();
            }
            Address[] parsed = InternetAddress.parseHeader(raw[0], false);
            for (Address address : parsed) {
                if (address instanceof InternetAddress internet
                        && internet.getAddress() != null
                        && internet.getAddress().contains("@")) {
                    return Optional.of(internet.getAddress().toLowerCase(Locale.ROOT));
                }
            }
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.empty();
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }
}
