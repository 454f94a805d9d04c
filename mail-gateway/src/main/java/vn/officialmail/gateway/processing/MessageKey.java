package vn.officialmail.gateway.processing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.spool.Envelope;

/**
 * The idempotency key of a received message: its content hash and its envelope. A replay after
 * a crash, or the same message spooled twice, has the same key and is processed once.
 */
public final class MessageKey {

    private MessageKey() {}

    public static String of(String rawSha256, Envelope envelope) {
        List<String> recipients = envelope.recipients().stream().sorted().toList();
        String material = rawSha256 + "\n" + envelope.mailFrom() + "\n" + String.join("\n", recipients);
        return BlobStore.sha256Hex(material.getBytes(StandardCharsets.UTF_8));
    }
}
