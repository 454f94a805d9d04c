package vn.officialmail.gateway.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.relay.RelayQueue;

/**
 * Sends the "no official value" notice to a personal-mailbox sender, at most once per sender per
 * day (Asia/Ho_Chi_Minh): a colleague who mails ten documents from gmail hears it once a day, not
 * ten times. The notice goes with the null reverse path, so it can never bounce back into a loop.
 */
@Component
public final class SenderNotices {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int MAX_REMEMBERED = 100_000;

    private final RelayQueue queue;
    private final BlobStore blobs;
    private final AuditLog audit;
    private final Clock clock;
    private final String postmaster;
    private final String host;
    private final Map<String, LocalDate> lastNotice = new ConcurrentHashMap<>();

    public SenderNotices(RelayQueue queue, BlobStore blobs, AuditLog audit, Clock clock, GatewaySettings settings) {
        this.queue = queue;
        this.blobs = blobs;
        this.audit = audit;
        this.clock = clock;
        this.postmaster = settings.relay().postmaster();
        this.host = settings.smtp().hostName();
    }

    /**
     * Queues the notice (in the caller's transaction) unless this sender had one today.
     *
     * @return whether a notice was queued
     */
    public boolean notify(
            long messageRecordId,
            String sender,
            String domain,
            Optional<String> subject,
            Optional<String> messageId,
            Instant receivedAt) {
        String key = sender.toLowerCase(Locale.ROOT);
        LocalDate today = clock.instant().atZone(VIETNAM).toLocalDate();
        if (today.equals(lastNotice.get(key))) {
            return false;
        }
        if (lastNotice.size() >= MAX_REMEMBERED) {
            lastNotice.clear(); // at worst some senders hear it twice in a day
        }
        lastNotice.put(key, today);
        byte[] notice = NoOfficialValueNotice.build(postmaster, sender, host, domain, subject, messageId, receivedAt);
        try {
            queue.enqueueBlob(blobs.put(notice), "", List.of(sender));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the notice to " + sender, e);
        }
        audit.record("gateway", "sender-notified", "message", Long.toString(messageRecordId), Map.of("sender", sender));
        return true;
    }
}
