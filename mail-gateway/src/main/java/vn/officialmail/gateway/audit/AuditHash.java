package vn.officialmail.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/** The hash that links one audit event to the one before it. */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    static String of(
            String previousHash,
            long chainSeq,
            OffsetDateTime occurredAt,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String details) {
        String canonical = String.join(
                "\n",
                previousHash,
                Long.toString(chainSeq),
                occurredAt.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString(),
                actor,
                action,
                subjectType,
                subjectId,
                details);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
