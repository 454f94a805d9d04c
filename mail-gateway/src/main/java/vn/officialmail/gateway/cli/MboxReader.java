package vn.officialmail.gateway.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an mbox file (RFC 4155: each message starts with a "From " line) into messages, undoing
 * mboxrd quoting ("&gt;From " → "From "). A file that does not start with "From " is one message.
 */
final class MboxReader {

    private MboxReader() {}

    static List<byte[]> messages(byte[] file) {
        if (!startsWith(file, 0, "From ")) {
            return List.of(file);
        }
        List<byte[]> messages = new ArrayList<>();
        ByteArrayOutputStream current = null;
        int lineStart = 0;
        while (lineStart < file.length) {
            int lineEnd = lineStart;
            while (lineEnd < file.length && file[lineEnd] != '\n') {
                lineEnd++;
            }
            int next = Math.min(lineEnd + 1, file.length);
            if (startsWith(file, lineStart, "From ")) {
                if (current != null) {
                    messages.add(trimTrailingNewline(current.toByteArray()));
                }
                current = new ByteArrayOutputStream();
            } else if (current != null) {
                int from = lineStart;
                if (isQuotedFrom(file, lineStart)) {
                    from++;
                }
                current.write(file, from, next - from);
            }
            lineStart = next;
        }
        if (current != null) {
            messages.add(trimTrailingNewline(current.toByteArray()));
        }
        return messages;
    }

    private static boolean isQuotedFrom(byte[] file, int at) {
        int i = at;
        while (i < file.length && file[i] == '>') {
            i++;
        }
        return i > at && startsWith(file, i, "From ");
    }

    private static boolean startsWith(byte[] file, int at, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (at + p.length > file.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (file[at + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] trimTrailingNewline(byte[] message) {
        int end = message.length;
        if (end > 0 && message[end - 1] == '\n') {
            end--;
        }
        if (end > 0 && message[end - 1] == '\r') {
            end--;
        }
        return java.util.Arrays.copyOf(message, end);
    }
}
