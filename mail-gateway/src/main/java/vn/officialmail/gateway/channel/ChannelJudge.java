package vn.officialmail.gateway.channel;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The first channel verdict: a message whose RFC 5322 From is under an official domain is
 * official, any other is not. Authentication (SPF, DKIM, DMARC, S/MIME) and the directory of
 * issued mailboxes refine this in the trust issue; until then a forged From is not detected.
 */
@Service
public final class ChannelJudge {

    private final OfficialDomains officialDomains;

    public ChannelJudge(OfficialDomains officialDomains) {
        this.officialDomains = officialDomains;
    }

    public ChannelVerdict judge(MimeMessage message) {
        Optional<String> from = fromAddress(message);
        if (from.isEmpty()) {
            return new ChannelVerdict(
                    Channel.UNVERIFIED, "", "", List.of("Thư không có địa chỉ người gửi (From) hợp lệ"));
        }
        String address = from.get();
        String domain = OfficialDomains.normalize(address.substring(address.lastIndexOf('@') + 1));
        return officialDomains
                .match(domain)
                .map(pattern -> new ChannelVerdict(
                        Channel.OFFICIAL,
                        address,
                        domain,
                        List.of("Tên miền người gửi " + domain + " thuộc danh sách tên miền công vụ (" + pattern
                                + ")")))
                .orElseGet(() -> new ChannelVerdict(
                        Channel.NON_OFFICIAL,
                        address,
                        domain,
                        List.of("Tên miền người gửi " + domain + " không thuộc danh sách tên miền công vụ")));
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
