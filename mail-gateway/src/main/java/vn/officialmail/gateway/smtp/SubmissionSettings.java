package vn.officialmail.gateway.smtp;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.officialmail.gateway.trust.smime.SigningKeySettings;

/**
 * The message submission port (RFC 6409) through which staff send mail out through the gateway
 * ({@code gateway.submission.*}). STARTTLS and then SMTP AUTH are always required there: they are
 * not settings, because a submission port without them is an open relay that sends passwords in
 * clear. Message size, recipients, connections, timeout and the TLS key are those of {@code
 * gateway.smtp}; the port listens only when {@code gateway.smtp.enabled} is true as well.
 *
 * @param enabled open the submission port
 * @param bindAddress the address to listen on
 * @param port the TCP port (587 is the standard one, below 1024 needs privileges); 0 picks a free one
 * @param signingKeys the units' S/MIME signing keys: mail a user of such a unit submits is signed
 *     with the unit's certificate before it is spooled and relayed; default none (sent unsigned)
 */
public record SubmissionSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("0.0.0.0") String bindAddress,
        @DefaultValue("2587") @Min(0) @Max(65535) int port,
        @DefaultValue List<SigningKeySettings> signingKeys) {

    public SubmissionSettings {
        signingKeys = signingKeys == null ? List.of() : List.copyOf(signingKeys);
    }
}
