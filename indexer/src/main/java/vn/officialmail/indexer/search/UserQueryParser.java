package vn.officialmail.indexer.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a user's query: words, {@code "quoted phrases"} and the prefixes {@code from:}, {@code
 * subject:} and {@code channel:} (case-insensitive), each followed by a word or a quoted phrase.
 *
 * <p>It never fails: a quote without its closing quote is ignored, an unknown prefix ({@code
 * http://x}) or a prefix with no value is read as plain words, and clauses past {@value
 * #MAX_TEXT_CLAUSES} are dropped so that no query exceeds Lucene's clause limit.
 */
final class UserQueryParser {

    /** Most word or phrase clauses kept from one query. */
    static final int MAX_TEXT_CLAUSES = 32;

    private final String s;
    private final List<ParsedQuery.Text> texts = new ArrayList<>();
    private final List<String> fromValues = new ArrayList<>();
    private final List<String> channels = new ArrayList<>();

    private UserQueryParser(String query) {
        this.s = Normalizer.normalize(query, Normalizer.Form.NFC);
    }

    static ParsedQuery parse(String query) {
        UserQueryParser parser = new UserQueryParser(query);
        parser.run();
        return new ParsedQuery(parser.texts, parser.fromValues, parser.channels);
    }

    private void run() {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (c == '"') {
                int close = s.indexOf('"', i + 1);
                if (close >= 0) {
                    addText(ParsedQuery.Scope.ALL, s.substring(i + 1, close));
                }
                i = close >= 0 ? close + 1 : i + 1; // an unclosed quote is ignored
            } else {
                i = readToken(i);
            }
        }
    }

    /** Reads a word or {@code prefix:value} starting at {@code start}; returns where it ends. */
    private int readToken(int start) {
        int end = start;
        while (end < s.length() && !isSpace(s.charAt(end)) && s.charAt(end) != '"') {
            end++;
        }
        String token = s.substring(start, end);
        int colon = token.indexOf(':');
        String value = colon > 0 ? token.substring(colon + 1) : "";
        boolean quotedValue = colon > 0 && value.isEmpty() && end < s.length() && s.charAt(end) == '"';
        int close = quotedValue ? s.indexOf('"', end + 1) : -1;
        if (close >= 0) {
            value = s.substring(end + 1, close);
            end = close + 1;
        }
        String prefix = colon > 0 ? token.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (!applyPrefix(prefix, value.strip())) {
            addText(ParsedQuery.Scope.ALL, token);
        }
        return end;
    }

    private boolean applyPrefix(String prefix, String value) {
        if (value.isEmpty()) {
            return false;
        }
        switch (prefix) {
            case "subject" -> addText(ParsedQuery.Scope.SUBJECT, value);
            case "from" -> {
                String address = value.toLowerCase(Locale.ROOT);
                address = address.startsWith("@") ? address.substring(1) : address;
                if (address.isEmpty()) {
                    return false;
                }
                fromValues.add(address);
            }
            case "channel" -> channels.add(value.toUpperCase(Locale.ROOT));
            default -> {
                return false;
            }
        }
        return true;
    }

    private void addText(ParsedQuery.Scope scope, String value) {
        if (!value.isBlank() && texts.size() < MAX_TEXT_CLAUSES) {
            texts.add(new ParsedQuery.Text(scope, value));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
