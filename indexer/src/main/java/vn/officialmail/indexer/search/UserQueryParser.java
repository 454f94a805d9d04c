package vn.officialmail.indexer.search;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.officialmail.indexer.analysis.Keywords;

/**
 * Reads a user's query: words, {@code "quoted phrases"} and prefixes, each followed by a word or a
 * quoted phrase. Prefixes are Vietnamese or English, read without case or diacritics ({@code
 * Loại:} is {@code loai:}):
 *
 * <ul>
 *   <li>{@code tieu-de:} / {@code subject:} — words in the subject
 *   <li>{@code tu:} / {@code from:} — sender address or domain (parent domains match: {@code tu:gov.vn})
 *   <li>{@code den:} / {@code to:} — recipient address or domain
 *   <li>{@code kenh:} / {@code channel:} — channel ({@code OFFICIAL}, {@code PERSONAL}…)
 *   <li>{@code loai:} / {@code type:} — document type, by catalogue id or abbreviation ({@code loai:GM})
 *   <li>{@code don-vi:} / {@code unit:} — unit code
 *   <li>{@code trang-thai:} / {@code state:} — processing state ({@code QUARANTINED}, {@code RELEASED}…)
 *   <li>{@code ngay:} / {@code date:} — a day, month or year ({@code ngay:2025-03}); {@code tu-ngay:}
 *       / {@code since:} and {@code den-ngay:} / {@code until:} — from / up to that day, inclusive;
 *       {@code sau:} / {@code after:} and {@code truoc:} / {@code before:} — strictly after / before
 * </ul>
 *
 * <p>Several values of one prefix mean any of them. Text syntax never fails: a quote without its
 * closing quote is ignored, an unknown prefix ({@code http://x}) or a prefix with no value is read as
 * plain words, and clauses past {@value #MAX_TEXT_CLAUSES} are dropped so that no query exceeds
 * Lucene's clause limit. A date that cannot be read is refused ({@link IllegalArgumentException},
 * Vietnamese and English), because silently ignoring it would widen the search.
 */
final class UserQueryParser {

    /** Most word or phrase clauses kept from one query. */
    static final int MAX_TEXT_CLAUSES = 32;

    /** Most values kept for one prefix. */
    static final int MAX_VALUES_PER_PREFIX = 20;

    /** Longest prefix value; a longer one is read as words. */
    static final int MAX_VALUE_LENGTH = 255;

    private final String s;
    private final List<ParsedQuery.Text> texts = new ArrayList<>();
    private final List<String> fromValues = new ArrayList<>();
    private final List<String> channels = new ArrayList<>();
    private final List<String> toValues = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final List<String> units = new ArrayList<>();
    private final List<String> states = new ArrayList<>();
    private Optional<Instant> from = Optional.empty();
    private Optional<Instant> to = Optional.empty();

    private UserQueryParser(String query) {
        this.s = Normalizer.normalize(query, Normalizer.Form.NFC);
    }

    static ParsedQuery parse(String query) {
        UserQueryParser parser = new UserQueryParser(query);
        parser.run();
        return new ParsedQuery(
                parser.texts,
                parser.fromValues,
                parser.channels,
                parser.toValues,
                parser.types,
                parser.units,
                parser.states,
                parser.from,
                parser.to);
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
        String prefix = colon > 0 ? Keywords.fold(token.substring(0, colon)) : "";
        if (!applyPrefix(prefix, value.strip())) {
            addText(ParsedQuery.Scope.ALL, token);
        }
        return end;
    }

    private boolean applyPrefix(String prefix, String value) {
        if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH) {
            return false;
        }
        switch (prefix) {
            case "subject", "tieu-de", "tieude" -> addText(ParsedQuery.Scope.SUBJECT, value);
            case "from", "tu" -> {
                return addAddress(fromValues, value);
            }
            case "to", "den" -> {
                return addAddress(toValues, value);
            }
            case "channel", "kenh" -> addBounded(channels, QueryBuilder.channelTerm(value));
            case "type", "loai" -> addBounded(types, Keywords.fold(value));
            case "unit", "don-vi", "donvi" -> addBounded(units, Keywords.fold(value));
            case "state", "trang-thai", "trangthai" -> addBounded(states, value.toUpperCase(Locale.ROOT));
            case "date", "ngay" -> narrow(QueryDates.parse(prefix, value), true, true);
            case "since", "tu-ngay" -> narrow(QueryDates.parse(prefix, value), true, false);
            case "until", "den-ngay" -> narrow(QueryDates.parse(prefix, value), false, true);
            case "after", "sau" -> narrowFrom(QueryDates.parse(prefix, value).end());
            case "before", "truoc" -> narrowTo(QueryDates.parse(prefix, value).start());
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean addAddress(List<String> values, String value) {
        String address = value.toLowerCase(Locale.ROOT);
        address = address.startsWith("@") ? address.substring(1) : address;
        if (address.isEmpty()) {
            return false;
        }
        addBounded(values, address);
        return true;
    }

    private static void addBounded(List<String> values, String value) {
        if (values.size() < MAX_VALUES_PER_PREFIX && !values.contains(value)) {
            values.add(value);
        }
    }

    /** Several date prefixes narrow the range: all of them must hold. */
    private void narrow(QueryDates.Range range, boolean start, boolean end) {
        if (start) {
            narrowFrom(range.start());
        }
        if (end) {
            narrowTo(range.end());
        }
    }

    private void narrowFrom(Instant instant) {
        from = from.filter(f -> f.isAfter(instant)).or(() -> Optional.of(instant));
    }

    private void narrowTo(Instant instant) {
        to = to.filter(t -> t.isBefore(instant)).or(() -> Optional.of(instant));
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
