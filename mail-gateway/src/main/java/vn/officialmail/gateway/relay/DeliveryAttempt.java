package vn.officialmail.gateway.relay;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one attempt achieved, recipient by recipient (RFC 5321 §3.3: each RCPT TO is answered on
 * its own, and a refusal of DATA or of the content applies to every accepted recipient).
 *
 * @param accepted recipients the next hop took responsibility for
 * @param failed the others, each with why
 */
record DeliveryAttempt(List<String> accepted, Map<String, DeliveryFailure> failed) {

    DeliveryAttempt {
        accepted = List.copyOf(accepted);
        failed = Collections.unmodifiableMap(new LinkedHashMap<>(failed)); // keeps RCPT order
    }

    /** The same failure for every recipient: the whole message failed. */
    static DeliveryAttempt allFailed(List<String> recipients, DeliveryFailure failure) {
        Map<String, DeliveryFailure> failed = new LinkedHashMap<>();
        recipients.forEach(r -> failed.put(r, failure));
        return new DeliveryAttempt(List.of(), failed);
    }

    /** Recipients refused for good: bounce them now. */
    Map<String, DeliveryFailure> permanent() {
        return select(true);
    }

    /** Recipients to try again. */
    Map<String, DeliveryFailure> transientFailures() {
        return select(false);
    }

    private Map<String, DeliveryFailure> select(boolean permanent) {
        Map<String, DeliveryFailure> selected = new LinkedHashMap<>();
        failed.forEach((recipient, failure) -> {
            if (failure.permanent() == permanent) {
                selected.put(recipient, failure);
            }
        });
        return selected;
    }
}
