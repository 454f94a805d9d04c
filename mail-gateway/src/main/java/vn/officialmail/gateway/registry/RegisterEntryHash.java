package vn.officialmail.gateway.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The SHA-256 of a register entry's content. Every field is written with its length in front,
 * so no choice of sender or subject can make two different entries hash alike.
 */
final class RegisterEntryHash {

    private RegisterEntryHash() {}

    static String of(
            String registerCode,
            int year,
            long number,
            long messageRecordId,
            String rawSha256,
            Instant registeredAt,
            String sender,
            String subject) {
        StringBuilder canonical = new StringBuilder(256);
        for (String field : new String[] {
            registerCode,
            Integer.toString(year),
            Long.toString(number),
            Long.toString(messageRecordId),
            rawSha256,
            registeredAt.toString(),
            sender,
            subject
        }) {
            String value = field == null ? "" : field;
            canonical.append(value.length()).append(':').append(value).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
