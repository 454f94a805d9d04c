package vn.officialmail.gateway.policy;

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
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.relay.OwnMessages;

/**
 * Sends the "no official value" notice to a personal-mailbox sender, at most once per sender per
 * day (Asia/Ho_Chi_Minh): a colleague who mails ten documents from gmail hears it once a day, not
 * ten times. The notice goes with the null reverse path, so it can never bounce back into a loop.
 */
@Component
public final class SenderNotices {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int MAX_REMEMBERED = 100_000;

    private final OwnMessages messages;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, LocalDate> lastNotice = new ConcurrentHashMap<>();

    public SenderNotices(OwnMessages messages, AuditLog audit, Clock clock) {
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
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
        messages.send(new OwnMessages.Draft(
                "notice",
                List.of(sender),
                NoOfficialValueNotice.SUBJECT,
                NoOfficialValueNotice.text(sender, messages.host(), domain, subject, receivedAt),
                true,
                messageId));
        audit.record("gateway", "sender-notified", "message", Long.toString(messageRecordId), Map.of("sender", sender));
        return true;
    }
}
