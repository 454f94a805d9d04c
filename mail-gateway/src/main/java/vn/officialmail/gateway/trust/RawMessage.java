package vn.officialmail.gateway.trust;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A message split into its header fields and its body, octet for octet (RFC 5322 §2.1), for the
 * checks that sign or hash what was sent. Lines are normalised to CRLF first: mail read from a
 * file or mbox often has bare LF, and DKIM signs the CRLF form (RFC 6376 §5.3).
 *
 * @param fields the header fields in order, top first
 * @param body the body after the empty line, CRLF line endings
 */
public record RawMessage(List<HeaderField> fields, byte[] body) {

    public RawMessage {
        fields = List.copyOf(fields);
    }

    /** Splits {@code message} (the bytes as received) into header fields and body. */
    public static RawMessage parse(byte[] message) {
        byte[] crlf = toCrlf(message);
        // Only the header becomes text: the body (up to the size limit) stays bytes.
        String text = new String(crlf, 0, headerEnd(crlf), StandardCharsets.ISO_8859_1);
        List<HeaderField> fields = new ArrayList<>();
        int position = 0;
        StringBuilder current = null;
        while (position < text.length()) {
            int lineEnd = text.indexOf("\r\n", position);
            int next = lineEnd < 0 ? text.length() : lineEnd + 2;
            String line = text.substring(position, next);
            if (line.equals("\r\n")) {
                position = next;
                break;
            }
            if (current != null && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                current.append(line);
            } else {
                addField(fields, current);
                current = line.indexOf(':') > 0 ? new StringBuilder(line) : null;
            }
            position = next;
        }
        addField(fields, current);
        byte[] body = Arrays.copyOfRange(crlf, Math.min(position, crlf.length), crlf.length);
        return new RawMessage(fields, body);
    }

    // Just past the empty line that ends the header, or the end of the message.
    private static int headerEnd(byte[] crlf) {
        if (crlf.length >= 2 && crlf[0] == '\r' && crlf[1] == '\n') {
            return 2;
        }
        for (int i = 0; i + 3 < crlf.length; i++) {
            if (crlf[i] == '\r' && crlf[i + 1] == '\n' && crlf[i + 2] == '\r' && crlf[i + 3] == '\n') {
                return i + 4;
            }
        }
        return crlf.length;
    }

    /** All fields named {@code name} (case-insensitive), top first. */
    public List<HeaderField> fields(String name) {
        return fields.stream().filter(f -> f.hasName(name)).toList();
    }

    /** The first field named {@code name}. */
    public Optional<HeaderField> field(String name) {
        return fields.stream().filter(f -> f.hasName(name)).findFirst();
    }

    private static void addField(List<HeaderField> fields, StringBuilder current) {
        if (current != null) {
            String raw = current.toString();
            String name = raw.substring(0, raw.indexOf(':')).stripTrailing();
            fields.add(new HeaderField(name, raw));
        }
    }

    // Bare LF becomes CRLF; CRLF and lone CR stay as they are.
    static byte[] toCrlf(byte[] message) {
        int bareLf = 0;
        for (int i = 0; i < message.length; i++) {
            if (message[i] == '\n' && (i == 0 || message[i - 1] != '\r')) {
                bareLf++;
            }
        }
        if (bareLf == 0) {
            return message;
        }
        byte[] out = new byte[message.length + bareLf];
        int at = 0;
        for (int i = 0; i < message.length; i++) {
            if (message[i] == '\n' && (i == 0 || message[i - 1] != '\r')) {
                out[at++] = '\r';
            }
            out[at++] = message[i];
        }
        return out;
    }
}
