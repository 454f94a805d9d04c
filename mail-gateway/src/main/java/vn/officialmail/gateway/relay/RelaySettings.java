package vn.officialmail.gateway.relay;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The next hop in inline mode (the agency's own mail server).
 *
 * @param host the next hop's host name or address
 * @param port its SMTP port
 * @param maxAttempts after this many failed attempts the sender gets a DSN (RFC 3464)
 * @param initialBackoff the wait after the first failure; doubled after each further one
 * @param maxBackoff the longest wait between attempts
 * @param timeout connect and read timeout of one attempt
 * @param deliverers concurrent deliveries
 * @param postmaster the From of delivery status notifications
 */
public record RelaySettings(
        @DefaultValue("127.0.0.1") String host,
        @DefaultValue("25") @Min(1) @Max(65535) int port,
        @DefaultValue("8") @Min(1) int maxAttempts,
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("2") @Min(1) int deliverers,
        @DefaultValue("postmaster@official-mail.local") String postmaster) {}
