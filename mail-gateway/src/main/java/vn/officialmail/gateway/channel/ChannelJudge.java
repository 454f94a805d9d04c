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
        return judge(message, Optional.empty());
    }

    public ChannelVerdict judge(MimeMessage message, Optional<AuthenticationResults> authentication) {
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
