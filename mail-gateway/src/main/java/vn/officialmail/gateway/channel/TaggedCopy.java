package vn.officialmail.gateway.channel;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.officialmail.gateway.trust.HeaderField;
import vn.officialmail.gateway.trust.RawMessage;

/**
 * The copy of a message the gateway hands on: its own verdict on top ({@code X-Official-*} fields,
 * and the Authentication-Results it wrote), every {@code X-Official-*} field that arrived with the
 * message removed (a sender must not be able to pre-label itself official for the agency's mail
 * server or rules downstream), and the Authentication-Results fields it was told to remove. The
 * rest of the header and the body go on unchanged.
 */
public final class TaggedCopy {

    /** The prefix of the gateway's own header fields. */
    public static final String PREFIX = "X-Official-";

    private TaggedCopy() {}

    /**
     * Builds the copy.
     *
     * @param original the message as received
     * @param tags the gateway's fields, name → value (values may be Vietnamese: they are encoded)
     * @param remove header fields to leave out, as they appear in the original
     */
    public static byte[] of(byte[] original, List<Tag> tags, Set<HeaderField> remove) {
        RawMessage message = RawMessage.parse(original);
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 512);
        for (Tag tag : tags) {
            write(out, tag.name() + ": " + encoded(tag.name(), tag.value()) + "\r\n");
        }
        for (HeaderField field : message.fields()) {
            if (field.name().toLowerCase(Locale.ROOT).startsWith(PREFIX.toLowerCase(Locale.ROOT))
                    || remove.contains(field)) {
                continue;
            }
            out.writeBytes(field.raw().getBytes(StandardCharsets.ISO_8859_1));
        }
        write(out, "\r\n");
        out.writeBytes(message.body());
        return out.toByteArray();
    }

    /** One header field the gateway adds. */
    public record Tag(String name, String value) {}

    private static String encoded(String name, String value) {
        if (value.chars().allMatch(c -> c >= 0x20 && c < 0x7f) || value.contains("\r\n\t")) {
            return value; // ASCII, or already folded (Authentication-Results)
        }
        try {
            return MimeUtility.fold(name.length() + 2, MimeUtility.encodeText(value, "UTF-8", "B"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private static void write(ByteArrayOutputStream out, String ascii) {
        out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
    }
}
