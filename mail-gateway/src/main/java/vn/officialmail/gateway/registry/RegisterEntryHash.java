package vn.officialmail.gateway.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;

/**
 * The SHA-256 of a register entry's content. Every field is written with its length in front,
 * so no choice of sender or subject can make two different entries hash alike. Version 1 covers
 * the first entries (sender and subject); version 2 also every legal column of the incoming register; version 3 also the outgoing
 * register's signer, number of copies and file copy holder.
 */
final class RegisterEntryHash {

    /** The version new entries are hashed with. */
    static final int CURRENT_VERSION = 3;

    private RegisterEntryHash() {}

    static String of(
            int version,
            String registerCode,
            int year,
            long number,
            OptionalLong messageRecordId,
            String rawSha256,
            Instant registeredAt,
            Instant receivedAt,
            DocumentParticulars document,
            String registeredBy) {
        List<String> fields = new ArrayList<>(List.of(
                registerCode,
                Integer.toString(year),
                Long.toString(number),
                messageRecordId.isPresent() ? Long.toString(messageRecordId.getAsLong()) : "",
                rawSha256 == null ? "" : rawSha256,
                registeredAt.toString(),
                document.sender(),
                document.subject()));
        if (version >= 2) {
            fields.addAll(List.of(
                    receivedAt == null ? "" : receivedAt.toString(),
                    document.issuer().orElse(""),
                    document.numberSymbol().orElse(""),
                    document.documentDate().map(LocalDate::toString).orElse(""),
                    document.typeName().orElse(""),
                    document.summary().orElse(""),
                    document.recipients(),
                    Boolean.toString(document.urgent()),
                    document.note().orElse(""),
                    registeredBy == null ? "" : registeredBy));
        }
        if (version >= 3) {
            fields.addAll(List.of(
                    document.signer().orElse(""),
                    Integer.toString(document.copies()),
                    document.keptBy().orElse("")));
        }
        StringBuilder canonical = new StringBuilder(256);
        for (String value : fields) {
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
