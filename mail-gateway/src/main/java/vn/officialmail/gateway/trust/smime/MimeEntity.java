package vn.officialmail.gateway.trust.smime;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import vn.officialmail.gateway.trust.HeaderField;
import vn.officialmail.gateway.trust.RawMessage;

/**
 * One MIME entity (a message or a body part) as octets: its header fields and its body, with
 * CRLF line ends, the canonical form S/MIME signs (RFC 8551 §3.1.1). Nothing is re-serialised,
 * so the signed part is verified on the octets that were sent.
 *
 * @param raw the whole entity, header and body
 * @param message the entity split into fields and body
 */
record MimeEntity(byte[] raw, RawMessage message) {

    static MimeEntity parse(byte[] bytes) {
        RawMessage message = RawMessage.parse(bytes);
        return new MimeEntity(bytes, message);
    }

    /** The Content-Type, {@code text/plain} when absent (RFC 2045 §5.2). */
    ContentType contentType() throws SmimeFormatException {
        Optional<HeaderField> field = message.field("Content-Type");
        if (field.isEmpty()) {
            return new ContentType("text", "plain", null);
        }
        try {
            return new ContentType(field.get().value());
        } catch (ParseException e) {
            throw new SmimeFormatException(
                    "unreadable Content-Type: " + field.get().value());
        }
    }

    /** Whether the Content-Type is absent or can be parsed. */
    boolean hasReadableContentType() {
        try {
            contentType();
            return true;
        } catch (SmimeFormatException e) {
            return false;
        }
    }

    /** The lower-case value of a Content-Type parameter, empty when absent. */
    String parameter(String name) throws SmimeFormatException {
        String value = contentType().getParameter(name);
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /** The body with its transfer encoding removed (base64, or identity for 7bit/8bit/binary). */
    byte[] decodedBody() throws SmimeFormatException {
        String encoding = message.field("Content-Transfer-Encoding")
                .map(HeaderField::value)
                .orElse("7bit")
                .toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "base64" -> base64(message.body());
            case "7bit", "8bit", "binary" -> message.body();
            default -> throw new SmimeFormatException("unsupported Content-Transfer-Encoding " + encoding);
        };
    }

    private static byte[] base64(byte[] body) throws SmimeFormatException {
        String text = new String(body, StandardCharsets.US_ASCII).replaceAll("[\\r\\n\\t ]", "");
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new SmimeFormatException("invalid base64: " + e.getMessage());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MimeEntity entity && Arrays.equals(raw, entity.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "MimeEntity[" + raw.length + " octets]";
    }
}
