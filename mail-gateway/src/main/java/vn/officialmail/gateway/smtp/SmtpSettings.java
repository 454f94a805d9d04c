package vn.officialmail.gateway.smtp;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The SMTP listener (RFC 5321).
 *
 * @param enabled whether to listen at all (the CLI's import and reprocess commands do not)
 * @param bindAddress the address to listen on
 * @param port the TCP port; 0 picks a free one (tests)
 * @param hostName the name announced in the greeting and Received headers
 * @param maxMessageSize larger messages get 552 (RFC 5321 §4.5.3.1.10)
 * @param maxRecipients recipients beyond this get 452 (RFC 5321 §4.5.3.1.8)
 * @param maxConnections concurrent sessions; more are refused with 421
 * @param connectionTimeout an idle session is closed after this
 * @param tls STARTTLS
 * @param auth optional SMTP AUTH
 */
public record SmtpSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0.0.0.0") String bindAddress,
        @DefaultValue("2525") @Min(0) @Max(65535) int port,
        @DefaultValue("official-mail.local") String hostName,
        @DefaultValue("50MB") DataSize maxMessageSize,
        @DefaultValue("100") @Min(1) int maxRecipients,
        @DefaultValue("200") @Min(1) int maxConnections,
        @DefaultValue("60s") Duration connectionTimeout,
        @DefaultValue Tls tls,
        @DefaultValue Auth auth) {

    /**
     * STARTTLS (RFC 3207).
     *
     * @param enabled offer STARTTLS
     * @param required refuse mail before STARTTLS
     * @param keystore a PKCS#12 keystore; when absent a self-signed one is generated on first start
     * @param keystorePassword the keystore password (use an environment variable, never the repo)
     */
    public record Tls(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("false") boolean required,
            Optional<Path> keystore,
            Optional<String> keystorePassword) {

        public Tls {
            keystore = keystore == null ? Optional.empty() : keystore;
            keystorePassword = keystorePassword == null ? Optional.empty() : keystorePassword;
        }
    }

    /**
     * Optional SMTP AUTH (RFC 4954) against the gateway's users.
     *
     * @param enabled offer AUTH PLAIN and LOGIN after STARTTLS
     * @param required refuse mail from unauthenticated sessions
     */
    public record Auth(@DefaultValue("false") boolean enabled, @DefaultValue("false") boolean required) {}
}
