package vn.officialmail.config.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns one raw YAML entry into a typed record, adding a sentence per problem instead of stopping. */
final class EntryReader {

    private static final List<String> TYPE_KEYS =
            List.of("id", "name", "name-en", "abbreviation", "kinds", "categories", "channel", "aliases");
    private static final List<String> CATEGORY_KEYS = List.of("id", "name", "name-en", "channel");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    // Appendix III abbreviations are letters only, mixed case allowed (QyĐ, CTr, TrS).
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{L}{1,6}");

    private final List<String> problems;

    EntryReader(List<String> problems) {
        this.problems = problems;
    }

    Optional<DocumentCategory> category(String id, Map<String, Object> entry) {
        String where = "categories[" + id + "]";
        int before = problems.size();
        checkKeys(where, entry, CATEGORY_KEYS);
        checkId(where, id);
        String name = requiredString(where, entry, "name");
        String nameEn = requiredString(where, entry, "name-en");
        Channel channel = channel(where, entry);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new DocumentCategory(id, name, nameEn, channel));
    }

    Optional<DocumentType> type(String id, Map<String, Object> entry) {
        String where = "types[" + id + "]";
        int before = problems.size();
        checkKeys(where, entry, TYPE_KEYS);
        checkId(where, id);
        String name = requiredString(where, entry, "name");
        String nameEn = requiredString(where, entry, "name-en");
        Optional<String> abbreviation = abbreviation(where, entry);
        Set<DocumentKind> kinds = kinds(where, entry);
        List<String> categories = strings(where, entry, "categories");
        Channel channel = channel(where, entry);
        List<String> aliases = strings(where, entry, "aliases");
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new DocumentType(id, name, nameEn, abbreviation, kinds, categories, channel, aliases));
    }

    private void checkKeys(String where, Map<String, Object> entry, List<String> allowed) {
        for (String key : entry.keySet()) {
            if (!allowed.contains(key)) {
                problems.add(where + ": unknown key '" + key + "'; allowed: " + allowed);
            }
        }
    }

    private void checkId(String where, String id) {
        if (!ID.matcher(id).matches()) {
            problems.add(where + ".id '" + id + "' must be lower-case ASCII words joined by '-', e.g. 'giay-moi'");
        }
    }

    private String requiredString(String where, Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        if (value instanceof String s && !s.isBlank()) {
            return s.strip();
        }
        problems.add(where + "." + key + " is required and must be a non-empty string, was: " + value);
        return "";
    }

    private Optional<String> abbreviation(String where, Map<String, Object> entry) {
        Object value = entry.get("abbreviation");
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String s && ABBREVIATION.matcher(s).matches()) {
            return Optional.of(s);
        }
        problems.add(where + ".abbreviation '" + value + "' must be 1 to 6 letters (Decree 30/2020 Appendix III,"
                + " e.g. 'QĐ', 'QyĐ'), or absent for a type without one");
        return Optional.empty();
    }

    private Set<DocumentKind> kinds(String where, Map<String, Object> entry) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        List<String> values = strings(where, entry, "kinds");
        for (String value : values) {
            DocumentKind.fromKey(value)
                    .ifPresentOrElse(
                            kinds::add,
                            () -> problems.add(
                                    where + ".kinds: unknown kind '" + value + "'; allowed: " + DocumentKind.keys()));
        }
        if (values.isEmpty()) {
            problems.add(where + ".kinds is required; allowed: " + DocumentKind.keys());
        }
        return kinds;
    }

    private Channel channel(String where, Map<String, Object> entry) {
        Object value = entry.get("channel");
        Optional<Channel> channel = value instanceof String s ? Channel.fromKey(s) : Optional.empty();
        if (channel.isEmpty()) {
            problems.add(where + ".channel '" + value + "' is not a channel; allowed: " + Channel.keys());
        }
        return channel.orElse(Channel.DOCUMENT_SYSTEM);
    }

    private List<String> strings(String where, Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        if (value == null) {
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String s && !s.isBlank()) {
                    strings.add(s.strip());
                } else {
                    problems.add(where + "." + key + ": '" + item + "' must be a non-empty string");
                }
            }
        } else {
            problems.add(where + "." + key + " must be a list, was: " + value);
        }
        return strings;
    }
}
