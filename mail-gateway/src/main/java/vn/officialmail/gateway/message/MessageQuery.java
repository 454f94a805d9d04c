package vn.officialmail.gateway.message;

import java.time.Instant;
import java.util.Optional;

/**
 * A filter over message records, newest first.
 *
 * @param from received at or after
 * @param to received before
 * @param channel only this channel
 * @param sender only this From address or domain
 * @param state only this state
 * @param page zero-based page
 * @param size page size, 1 to 200
 */
public record MessageQuery(
        Optional<Instant> from,
        Optional<Instant> to,
        Optional<String> channel,
        Optional<String> sender,
        Optional<String> state,
        int page,
        int size) {

    public MessageQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more: " + page);
        }
        if (size < 1 || size > 200) {
            throw new IllegalArgumentException("size must be between 1 and 200: " + size);
        }
    }
}
