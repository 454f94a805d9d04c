package vn.officialmail.gateway.mailbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How mailbox intake runs ({@code gateway.mailbox.*}); the accounts are {@code gateway.mailboxes}.
 *
 * @param masterKey the AES-256 master key for mailbox credentials, base64 (32 bytes); meant to come
 *     from the environment ({@code GATEWAY_MAILBOX_MASTER_KEY}), it takes precedence over the file
 * @param masterKeyFile where the master key is kept when none is given; default {@code
 *     <data-dir>/keys/mailbox-master.key}, created with mode 0600 on first start
 * @param intakeEnabled run IDLE watchers and polling jobs (the one-shot CLI turns it off)
 * @param idle keep an IMAP IDLE connection per watched folder for near-real-time intake
 * @param pollInterval how often the polling job reads every account (the fallback to IDLE)
 * @param batchSize messages taken per batch; progress is saved after each batch
 * @param maxMessageSize larger messages stay on the server, untouched, and are reported
 * @param timeout IMAP connect and read timeout
 * @param initialBackoff first wait before reconnecting after a failure (doubling)
 * @param maxBackoff longest wait between reconnects
 * @param trustStore a PKCS#12 file of the CA certificates IMAP servers are checked against,
 *     instead of the JVM's (an agency CA, a test server)
 * @param trustStorePassword its password
 */
public record MailboxSettings(
        @Nullable String masterKey,
        @Nullable Path masterKeyFile,
        @DefaultValue("true") boolean intakeEnabled,
        @DefaultValue("true") boolean idle,
        @DefaultValue("5m") Duration pollInterval,
        @DefaultValue("200") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("50MB") DataSize maxMessageSize,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("5m") Duration maxBackoff,
        @Nullable Path trustStore,
        @DefaultValue("") String trustStorePassword) {

    /** The master key never appears in logs or error pages, even through this record. */
    @Override
    public String toString() {
        return "MailboxSettings[masterKey=" + (masterKey == null ? "unset" : "***") + ", masterKeyFile=" + masterKeyFile
                + ", intakeEnabled=" + intakeEnabled + ", pollInterval=" + pollInterval + "]";
    }
}
