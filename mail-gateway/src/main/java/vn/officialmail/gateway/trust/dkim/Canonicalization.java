package vn.officialmail.gateway.trust.dkim;

import java.security.MessageDigest;
import java.util.Locale;

/**
 * DKIM's canonicalisation algorithms (RFC 6376 §3.4): "simple" changes (almost) nothing,
 * "relaxed" survives the whitespace and case changes mail servers make on the way.
 */
final class Canonicalization {

    private Canonicalization() {}

    /** One header field, canonicalised, with its CRLF (RFC 6376 §3.4.1, §3.4.2). */
    static String header(String method, String rawField) {
        if (method.equals("simple")) {
            return rawField.endsWith("\r\n") ? rawField : rawField + "\r\n";
        }
        int colon = rawField.indexOf(':');
        String name = rawField.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        StringBuilder value = new StringBuilder(rawField.length() - colon);
        boolean pendingSpace = false;
        for (int i = colon + 1; i < rawField.length(); i++) {
            char c = rawField.charAt(i);
            if (c == '\r' || c == '\n') {
                continue; // unfold
            }
            if (c == ' ' || c == '\t') {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && value.length() > 0) {
                value.append(' ');
            }
            pendingSpace = false;
            value.append(c);
        }
        return name + ":" + value + "\r\n";
    }

    /**
     * Feeds the canonical body (RFC 6376 §3.4.3, §3.4.4) into {@code sink}.
     *
     * @param body the body with CRLF line endings
     */
    static void body(String method, byte[] body, BodySink sink) {
        if (method.equals("simple")) {
            simpleBody(body, sink);
        } else {
            relaxedBody(body, sink);
        }
    }

    private static void simpleBody(byte[] body, BodySink sink) {
        int end = body.length;
        // Empty lines at the end are dropped; one CRLF is kept (or added).
        while (end >= 4
                && body[end - 1] == '\n'
                && body[end - 2] == '\r'
                && body[end - 3] == '\n'
                && body[end - 4] == '\r') {
            end -= 2;
        }
        if (end == 2 && body[0] == '\r' && body[1] == '\n') {
            end = 0;
        }
        sink.write(body, 0, end);
        if (end < 2 || body[end - 2] != '\r' || body[end - 1] != '\n') {
            sink.write(CRLF, 0, 2);
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};

    private static void relaxedBody(byte[] body, BodySink sink) {
        int emptyLines = 0;
        int position = 0;
        byte[] line = new byte[256];
        while (position < body.length) {
            int lineEnd = indexOfCrlf(body, position);
            int contentEnd = lineEnd < 0 ? body.length : lineEnd;
            // Reduce each whitespace run to one space; drop whitespace at the end of the line.
            int length = 0;
            boolean pendingSpace = false;
            if (line.length < contentEnd - position) {
                line = new byte[contentEnd - position];
            }
            for (int i = position; i < contentEnd; i++) {
                byte b = body[i];
                if (b == ' ' || b == '\t') {
                    pendingSpace = true;
                } else {
                    if (pendingSpace) {
                        line[length++] = ' ';
                        pendingSpace = false;
                    }
                    line[length++] = b;
                }
            }
            if (length == 0) {
                emptyLines++;
            } else {
                for (; emptyLines > 0; emptyLines--) {
                    sink.write(CRLF, 0, 2);
                }
                sink.write(line, 0, length);
                sink.write(CRLF, 0, 2);
            }
            position = lineEnd < 0 ? body.length : lineEnd + 2;
        }
    }

    private static int indexOfCrlf(byte[] body, int from) {
        for (int i = from; i < body.length - 1; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Hashes the first {@code limit} canonical octets and counts them all, so that an {@code l=}
     * signature's unsigned remainder is known.
     */
    static class BodySink {

        private final MessageDigest digest;
        private final long limit;
        private long length;

        BodySink(MessageDigest digest, long limit) {
            this.digest = digest;
            this.limit = limit;
        }

        void write(byte[] bytes, int offset, int count) {
            long room = limit - length;
            if (room > 0) {
                digest.update(bytes, offset, (int) Math.min(room, count));
            }
            length += count;
        }

        long length() {
            return length;
        }

        byte[] hash() {
            return digest.digest();
        }
    }
}
