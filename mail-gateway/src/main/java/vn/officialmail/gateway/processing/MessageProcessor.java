package vn.officialmail.gateway.processing;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.james.core.MailAddress;
import org.apache.james.core.MaybeSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.container.GatewayMail;
import vn.officialmail.gateway.container.MailetContainer;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.message.MessageState;
import vn.officialmail.gateway.message.NewMessage;
import vn.officialmail.gateway.spool.Envelope;

/**
 * Takes one received message through the mailet pipeline inside one database transaction, so
 * that its record, register entry, audit events and relay order commit together or not at all.
 * A message whose key is already recorded is skipped: replays are harmless. A message the
 * pipeline cannot finish is kept in the error repository (state ERROR) with its reason.
 */
@Service
public final class MessageProcessor {

    private static final Logger log = LoggerFactory.getLogger(MessageProcessor.class);

    /** What became of one message. */
    public enum Outcome {
        PROCESSED,
        ALREADY_PROCESSED,
        FAILED
    }

    private final MailetContainer container;
    private final MessageRecords records;
    private final BlobStore blobs;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public MessageProcessor(
            MailetContainer container,
            MessageRecords records,
            BlobStore blobs,
            AuditLog audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.container = container;
        this.records = records;
        this.blobs = blobs;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One message to process: its spool name, envelope and original bytes. */
    public record Incoming(String name, Envelope envelope, byte[] raw) {}

    /**
     * Processes several messages in one transaction, so they share one commit. If anything escapes
     * the pipeline (the database failing, say) the whole batch rolls back and each message is
     * processed again on its own, in order of receipt, so one bad message never holds back the
     * others and register numbers still follow receipt.
     */
    public void processBatch(List<Incoming> unordered) {
        List<Incoming> batch = unordered.stream()
                .sorted(Comparator.comparing(incoming -> incoming.envelope().receivedAt()))
                .toList();
        if (batch.size() == 1) {
            Incoming only = batch.get(0);
            process(only.name(), only.envelope(), only.raw());
            return;
        }
        try {
            transactions.executeWithoutResult(status -> {
                List<String> shas = new ArrayList<>(batch.size());
                List<String> keys = new ArrayList<>(batch.size());
                for (Incoming incoming : batch) {
                    String sha256 = BlobStore.sha256Hex(incoming.raw());
                    shas.add(sha256);
                    keys.add(MessageKey.of(sha256, incoming.envelope()));
                }
                Set<String> recorded = records.existingKeys(keys);
                for (int i = 0; i < batch.size(); i++) {
                    Incoming incoming = batch.get(i);
                    // A replayed message, or the same message twice in one batch: processed once.
                    if (recorded.add(keys.get(i))) {
                        runPipeline(incoming.name(), incoming.envelope(), incoming.raw(), shas.get(i), keys.get(i));
                    }
                }
            });
        } catch (RuntimeException e) {
            log.info("A batch of {} messages failed ({}); processing them one by one", batch.size(), e.toString());
            for (Incoming incoming : batch) {
                process(incoming.name(), incoming.envelope(), incoming.raw());
            }
        }
    }

    /** Processes a message once; safe to call again with the same message. */
    public Outcome process(String name, Envelope envelope, byte[] raw) {
        String sha256 = BlobStore.sha256Hex(raw);
        String key = MessageKey.of(sha256, envelope);
        if (records.existsByKey(key)) {
            return Outcome.ALREADY_PROCESSED;
        }
        try {
            transactions.executeWithoutResult(status -> runPipeline(name, envelope, raw, sha256, key));
            return Outcome.PROCESSED;
        } catch (DuplicateKeyException e) {
            if (records.existsByKey(key)) {
                return Outcome.ALREADY_PROCESSED; // a concurrent replay of the same message won
            }
            return recordFailure(name, envelope, raw, key, e);
        } catch (RuntimeException e) {
            return recordFailure(name, envelope, raw, key, e);
        }
    }

    private void runPipeline(String name, Envelope envelope, byte[] raw, String sha256, String key) {
        try {
            GatewayMail mail = new GatewayMail(
                    name, sender(envelope), recipients(envelope), raw, envelope.remoteAddress(), envelope.helo());
            MailAttributes.setString(mail, MailAttributes.MESSAGE_KEY, key);
            MailAttributes.setString(mail, MailAttributes.RAW_SHA256, sha256);
            MailAttributes.setLong(
                    mail, MailAttributes.RECEIVED_AT, envelope.receivedAt().toEpochMilli());
            MailAttributes.setString(mail, MailAttributes.SOURCE, envelope.source());
            MailAttributes.setString(mail, MailAttributes.HELO, envelope.helo());
            envelope.authenticatedUser()
                    .ifPresent(user -> MailAttributes.setString(mail, MailAttributes.AUTHENTICATED_USER, user));
            container.process(mail);
            records.markProcessed(key, clock.instant());
        } catch (MessagingException e) {
            throw new PipelineException("The pipeline failed on " + name + ": " + e.getMessage(), e);
        }
    }

    private Outcome recordFailure(String name, Envelope envelope, byte[] raw, String key, Exception cause) {
        log.warn("Message {} goes to the error repository: {}", name, cause.toString());
        String reason = describe(cause);
        try {
            String sha = blobs.put(raw);
            transactions.executeWithoutResult(status -> {
                if (records.existsByKey(key)) {
                    return;
                }
                long id = records.insert(new NewMessage(
                        key,
                        name,
                        sha,
                        raw.length,
                        envelope.source(),
                        envelope.receivedAt(),
                        envelope.remoteAddress(),
                        envelope.helo(),
                        envelope.mailFrom(),
                        envelope.recipients(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
                records.markState(id, MessageState.ERROR, Optional.of(reason), clock.instant());
                audit.record("gateway", "processing-failed", "message", Long.toString(id), Map.of("reason", reason));
            });
            return Outcome.FAILED;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep failed message " + name + " in the blob store", e);
        }
    }

    private static String describe(Throwable cause) {
        StringBuilder reason = new StringBuilder();
        for (Throwable t = cause; t != null && reason.length() < 2000; t = t.getCause()) {
            if (!reason.isEmpty()) {
                reason.append(" ← ");
            }
            reason.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return reason.toString();
    }

    private static MaybeSender sender(Envelope envelope) throws AddressException {
        return envelope.mailFrom().isEmpty()
                ? MaybeSender.nullSender()
                : MaybeSender.of(new MailAddress(envelope.mailFrom()));
    }

    private static List<MailAddress> recipients(Envelope envelope) throws AddressException {
        List<MailAddress> addresses = new ArrayList<>(envelope.recipients().size());
        for (String recipient : envelope.recipients()) {
            addresses.add(new MailAddress(recipient));
        }
        return addresses;
    }

    /** The pipeline could not finish a message; its cause says why. */
    static final class PipelineException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PipelineException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
