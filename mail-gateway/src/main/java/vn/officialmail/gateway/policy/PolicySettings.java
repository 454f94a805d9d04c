package vn.officialmail.gateway.policy;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the gateway does about verdicts ({@code gateway.policy.*}).
 *
 * @param alertRecipients the compliance officers alerted about held mail (secret documents,
 *     spoofed senders); default none
 * @param rejectSpoofedAtSmtp in inline mode, answer a forged sender 550 at the end of DATA instead of
 *     quarantining the message; default off (quarantine keeps the evidence)
 */
public record PolicySettings(@Nullable List<String> alertRecipients, boolean rejectSpoofedAtSmtp) {

    public PolicySettings {
        alertRecipients = alertRecipients == null ? List.of() : List.copyOf(alertRecipients);
        for (String address : alertRecipients) {
            try {
                new InternetAddress(address, true);
            } catch (AddressException e) {
                throw new IllegalArgumentException("gateway.policy.alert-recipients: '" + address
                        + "' is not a mail address (expected such as thanhtra@moj.gov.vn)");
            }
        }
    }
}
