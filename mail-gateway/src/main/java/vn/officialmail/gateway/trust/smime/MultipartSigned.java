package vn.officialmail.gateway.trust.smime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The two parts of a {@code multipart/signed} body (RFC 1847 §2.1, RFC 8551 §3.5.3): the signed
 * entity exactly as sent, from the first octet after the first boundary line up to the CRLF
 * before the next one (that CRLF belongs to the boundary, RFC 2046 §5.1.1), and the signature
 * entity.
 *
 * @param signedContent the first part's octets, headers included
 * @param signature the second part
 */
record MultipartSigned(byte[] signedContent, MimeEntity signature) {

    static MultipartSigned split(byte[] body, String boundary) throws SmimeFormatException {
        if (boundary.isEmpty() || boundary.length() > 70) {
            throw new SmimeFormatException("multipart/signed without a usable boundary");
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int first = boundaryLine(body, delimiter, 0);
        if (first < 0) {
            throw new SmimeFormatException("multipart/signed: boundary " + boundary + " not found");
        }
        int contentStart = lineEnd(body, first);
        int second = boundaryLine(body, delimiter, contentStart);
        if (second < 0) {
            throw new SmimeFormatException("multipart/signed: second part missing");
        }
        int signatureStart = lineEnd(body, second);
        int end = boundaryLine(body, delimiter, signatureStart);
        if (end < 0) {
            throw new SmimeFormatException("multipart/signed: closing boundary missing (truncated)");
        }
        if (second - 2 < contentStart) {
            throw new SmimeFormatException("multipart/signed: the signed part is empty");
        }
        byte[] content = Arrays.copyOfRange(body, contentStart, second - 2);
        byte[] signature = Arrays.copyOfRange(body, signatureStart, Math.max(signatureStart, end - 2));
        return new MultipartSigned(content, MimeEntity.parse(signature));
    }

    // The start of the next line beginning with the delimiter, at or after from; -1 if none.
    private static int boundaryLine(byte[] body, byte[] delimiter, int from) {
        for (int i = from; i + delimiter.length <= body.length; i++) {
            boolean lineStart = i == 0 || (i >= 2 && body[i - 2] == '\r' && body[i - 1] == '\n');
            if (lineStart && startsWith(body, i, delimiter) && endsDelimiter(body, i + delimiter.length)) {
                return i;
            }
        }
        return -1;
    }

    // "--boundary" ends with "--", white space or CRLF; anything else is a longer boundary.
    private static boolean endsDelimiter(byte[] body, int after) {
        return after == body.length
                || body[after] == '\r'
                || body[after] == '-'
                || body[after] == ' '
                || body[after] == '\t';
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        for (int j = 0; j < prefix.length; j++) {
            if (body[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(byte[] body, int from) {
        for (int i = from; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i + 2;
            }
        }
        return body.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MultipartSigned split
                && Arrays.equals(signedContent, split.signedContent)
                && signature.equals(split.signature);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(signedContent);
    }

    @Override
    public String toString() {
        return "MultipartSigned[" + signedContent.length + " octets signed]";
    }
}
