package vn.officialmail.gateway.relay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.relay.DeliveryStatusNotification.FailedRecipient;

/**
 * Takes one due row through one attempt: claim it, send it, and record what happened (RFC 5321
 * §4.5.4: retry transient failures, give up after a while, §6.1: tell the sender when giving up).
 *
 * <ul>
 *   <li>every recipient accepted: {@code DELIVERED};
 *   <li>a 5xx for a recipient, or for the whole message (MAIL, DATA, the content): those
 *       recipients are bounced at once, without retry;
 *   <li>a 4xx, a connection failure or a timeout: the row waits for its next attempt, for the
 *       recipients not yet delivered, until the attempts run out and they are bounced too.
 * </ul>
 *
 * The bounce is a DSN to the envelope sender, queued in the same transaction that records the
 * outcome; none for the null sender.
 */
final class Deliverer {

    private static final Logger log = LoggerFactory.getLogger(Deliverer.class);
    private static final int BATCH = 16;

    private final RelaySettings relay;
    private final String heloName;
    private final String node;
    private final OutboundRows rows;
    private final RelayQueue queue;
    private final BlobStore blobs;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DeliveryStatusNotification notifications;
    private final Backoff backoff;
    private final ScheduledExecutorService watchdogs;

    Deliverer(
            RelaySettings relay,
            String heloName,
            String node,
            OutboundRows rows,
            RelayQueue queue,
            BlobStore blobs,
            TransactionTemplate transactions,
            Clock clock,
            ScheduledExecutorService watchdogs) {
        this.relay = relay;
        this.heloName = heloName;
        this.node = node;
        this.rows = rows;
        this.queue = queue;
        this.blobs = blobs;
        this.transactions = transactions;
        this.clock = clock;
        this.notifications = new DeliveryStatusNotification(heloName, relay.postmaster());
        this.backoff = new Backoff(relay.initialBackoff(), relay.maxBackoff());
        this.watchdogs = watchdogs;
    }

    /** Claims one due row and attempts it; false when no row was due (or others claimed them all). */
    boolean deliverNext() {
        Instant now = clock.instant();
        for (OutboundRows.Due due : rows.due(now, BATCH)) {
            // The lease covers the whole session; recipients only ever shrink, so the count read
            // before the claim is enough.
            Duration lease = SmtpSession.deadline(relay.timeout(), due.recipients())
                    .plus(relay.timeout().multipliedBy(2));
            Optional<OutboundRow> row = rows.claim(due.id(), node, now, now.plus(lease));
            if (row.isPresent()) {
                deliver(row.get());
                return true;
            }
        }
        return false;
    }

    private void deliver(OutboundRow row) {
        byte[] content;
        try {
            content = blobs.read(row.blobSha256());
        } catch (IOException e) {
            // Perhaps a passing storage fault: retried like a transient failure, bounced at the end.
            DeliveryFailure unreadable = DeliveryFailure.local("4.3.0", "original unreadable: " + e.getMessage());
            record(row, DeliveryAttempt.allFailed(row.recipients(), unreadable), new byte[0]);
            return;
        }
        DeliveryAttempt attempt;
        try (SmtpSession session = SmtpSession.open(
                relay.host(),
                relay.port(),
                heloName,
                relay.timeout(),
                SmtpSession.deadline(relay.timeout(), row.recipients().size()),
                watchdogs)) {
            attempt = session.send(row.mailFrom(), row.recipients(), content);
            // Recorded before QUIT, right after the next hop's reply: a crash between that 250 and
            // this commit sends the mail again after restart, so the gap is kept as small as it can be.
            record(row, attempt, content);
            return;
        } catch (IOException e) {
            attempt = DeliveryAttempt.allFailed(
                    row.recipients(), DeliveryFailure.ofSession(e, relay.host() + ":" + relay.port()));
        }
        record(row, attempt, content);
    }

    private void record(OutboundRow row, DeliveryAttempt attempt, byte[] content) {
        Instant now = clock.instant();
        int attempts = row.attempts() + 1;
        int acceptedCount = row.acceptedCount() + attempt.accepted().size();
        Map<String, DeliveryFailure> retry = attempt.transientFailures();
        boolean exhausted = !retry.isEmpty() && attempts >= relay.maxAttempts();
        Map<String, DeliveryFailure> bounce = new LinkedHashMap<>(attempt.permanent());
        if (exhausted) {
            bounce.putAll(retry);
        }
        Optional<String> notification =
                bounce.isEmpty() ? Optional.empty() : storeNotification(row, content, bounce, now);
        Optional<String> error =
                attempt.failed().isEmpty() ? Optional.empty() : Optional.of(describe(attempt.failed()));
        transactions.executeWithoutResult(status -> {
            if (retry.isEmpty() || exhausted) {
                String state = acceptedCount > 0 ? RelayQueue.DELIVERED : RelayQueue.FAILED;
                rows.finish(row.id(), state, attempts, acceptedCount, now, error);
            } else {
                Instant next = now.plus(
                        backoff.after(attempts, ThreadLocalRandom.current().nextDouble()));
                rows.retry(row.id(), List.copyOf(retry.keySet()), attempts, acceptedCount, next, error.orElseThrow());
            }
            notification.ifPresent(sha256 -> queue.enqueueBlob(sha256, "", List.of(row.mailFrom())));
        });
        log(row, attempt, attempts, retry.isEmpty() || exhausted, bounce, error);
    }

    private Optional<String> storeNotification(
            OutboundRow row, byte[] content, Map<String, DeliveryFailure> bounce, Instant now) {
        List<FailedRecipient> failed = bounce.entrySet().stream()
                .map(e -> new FailedRecipient(
                        e.getKey(),
                        e.getValue().status(),
                        e.getValue().diagnosticCode(),
                        e.getValue().remote() ? Optional.of(relay.host()) : Optional.empty()))
                .toList();
        Optional<byte[]> dsn = notifications.build(row.mailFrom(), content, row.arrivedAt(), now, failed);
        if (dsn.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(blobs.put(dsn.get()));
        } catch (IOException e) {
            // The row stays SENDING and is taken back when its lease ends: at least once, not lost.
            throw new UncheckedIOException(
                    "Cannot store the delivery status notification for relay row " + row.id(), e);
        }
    }

    private void log(
            OutboundRow row,
            DeliveryAttempt attempt,
            int attempts,
            boolean finished,
            Map<String, DeliveryFailure> bounce,
            Optional<String> error) {
        if (!attempt.accepted().isEmpty()) {
            log.info("Relayed row {} to {} for {}", row.id(), relay.host(), attempt.accepted());
        }
        if (!bounce.isEmpty()) {
            log.warn(
                    "Relay row {} bounced {} after attempt {}{}: {}",
                    row.id(),
                    bounce.keySet(),
                    attempts,
                    row.mailFrom().isEmpty() ? " (null sender: no DSN)" : "",
                    error.orElse(""));
        } else if (!finished) {
            log.info("Relay row {} attempt {} failed, will retry: {}", row.id(), attempts, error.orElse(""));
        }
    }

    private static String describe(Map<String, DeliveryFailure> failed) {
        return failed.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue().diagnosticCode())
                .collect(Collectors.joining("; "));
    }
}
