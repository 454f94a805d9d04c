package vn.officialmail.gateway.trust.relay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.officialmail.gateway.trust.relay.AuthenticationResultsHeader.MethodResult;

/**
 * Parses Authentication-Results field values (RFC 8601 §2.2): comments (nested, with quoted
 * pairs) are dropped, values may be tokens or quoted strings, {@code ; none} means no results.
 * The input is untrusted: anything malformed is an {@link IllegalArgumentException}, never a
 * partial result to be believed.
 */
public final class AuthenticationResultsParser {

    private AuthenticationResultsParser() {}

    /** Parses the value of one field (what follows {@code Authentication-Results:}). */
    public static AuthenticationResultsHeader parse(String value) {
        List<List<String>> segments = segments(tokens(value));
        List<String> head = segments.get(0);
        if (head.isEmpty() || head.size() > 2 || isPunctuation(head.get(0))) {
            throw new IllegalArgumentException("no authserv-id in '" + value + "'");
        }
        if (head.size() == 2 && !head.get(1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("bad version '" + head.get(1) + "' in '" + value + "'");
        }
        String authservId = unquote(head.get(0));
        List<MethodResult> results = new ArrayList<>();
        for (int i = 1; i < segments.size(); i++) {
            List<String> segment = segments.get(i);
            if (segment.size() == 1 && segment.get(0).equalsIgnoreCase("none") && segments.size() == 2) {
                return new AuthenticationResultsHeader(authservId, List.of());
            }
            results.add(resinfo(segment, value));
        }
        if (results.isEmpty()) {
            throw new IllegalArgumentException("no results in '" + value + "'");
        }
        return new AuthenticationResultsHeader(authservId, results);
    }

    // method [/ version] = result *( name = value ), names being "reason" or ptype.property
    private static MethodResult resinfo(List<String> tokens, String value) {
        int i = 0;
        String method = word(tokens, i++, value).toLowerCase(Locale.ROOT);
        // "dkim/1": the method version is not kept.
        if (method.indexOf('/') >= 0) {
            method = method.substring(0, method.indexOf('/'));
        }
        expect(tokens, i++, "=", value);
        String result = word(tokens, i++, value).toLowerCase(Locale.ROOT);
        String reason = "";
        Map<String, String> properties = new LinkedHashMap<>();
        while (i < tokens.size()) {
            String name = word(tokens, i++, value).toLowerCase(Locale.ROOT);
            expect(tokens, i++, "=", value);
            String propertyValue = i < tokens.size() && !isPunctuation(tokens.get(i)) ? unquote(tokens.get(i++)) : "";
            if (name.equals("reason")) {
                reason = propertyValue;
            } else if (name.indexOf('.') > 0) {
                properties.putIfAbsent(name, propertyValue);
            } else {
                throw new IllegalArgumentException(
                        "'" + name + "' is neither reason nor ptype.property in '" + value + "'");
            }
        }
        return new MethodResult(method, result, reason, properties);
    }

    private static String word(List<String> tokens, int index, String value) {
        if (index >= tokens.size() || isPunctuation(tokens.get(index))) {
            throw new IllegalArgumentException("a name or value is missing in '" + value + "'");
        }
        return tokens.get(index);
    }

    private static void expect(List<String> tokens, int index, String punctuation, String value) {
        if (index >= tokens.size() || !tokens.get(index).equals(punctuation)) {
            throw new IllegalArgumentException("'" + punctuation + "' expected in '" + value + "'");
        }
    }

    private static boolean isPunctuation(String token) {
        return token.equals("=") || token.equals(";");
    }

    private static List<List<String>> segments(List<String> tokens) {
        List<List<String>> segments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String token : tokens) {
            if (token.equals(";")) {
                segments.add(current);
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        segments.add(current);
        return segments;
    }

    /**
     * Words, quoted strings (kept with their quotes) and the punctuation {@code =} and {@code ;};
     * comments dropped. A slash stays inside a word: RFC 6008 {@code header.b} values are base64.
     */
    static List<String> tokens(String value) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '(') {
                flush(word, tokens);
                i = skipComment(value, i);
            } else if (c == '"') {
                flush(word, tokens);
                int end = endOfQuoted(value, i);
                tokens.add(value.substring(i, end));
                i = end;
            } else if (c == '=' || c == ';') {
                flush(word, tokens);
                tokens.add(String.valueOf(c));
                i++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                flush(word, tokens);
                i++;
            } else {
                word.append(c);
                i++;
            }
        }
        flush(word, tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    private static int skipComment(String value, int start) {
        int depth = 0;
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unclosed comment in '" + value + "'");
    }

    private static int endOfQuoted(String value, int start) {
        for (int i = start + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unclosed quoted string in '" + value + "'");
    }

    private static String unquote(String token) {
        if (!token.startsWith("\"")) {
            return token;
        }
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 1; i < token.length() - 1; i++) {
            char c = token.charAt(i);
            if (c == '\\' && i + 1 < token.length() - 1) {
                c = token.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
