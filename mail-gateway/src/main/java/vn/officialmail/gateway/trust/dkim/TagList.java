package vn.officialmail.gateway.trust.dkim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tag=value list (RFC 6376 §3.2), the syntax of DKIM-Signature fields, DKIM key records and
 * DMARC records (RFC 7489 §6.4): {@code tag = value} specs separated by semicolons, whitespace
 * (folding included) around tags and values ignored, a duplicate tag an error.
 */
public final class TagList {

    private static final Pattern TAG_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final Map<String, String> tags;

    private TagList(Map<String, String> tags) {
        this.tags = tags;
    }

    /**
     * Parses a tag list.
     *
     * @throws IllegalArgumentException with what is wrong: a spec without {@code =}, a bad tag
     *     name, a tag given twice
     */
    public static TagList parse(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String spec : text.split(";", -1)) {
            if (spec.isBlank()) {
                continue;
            }
            int equals = spec.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("tag without '=': '" + spec.strip() + "'");
            }
            String name = spec.substring(0, equals).strip();
            if (!TAG_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("bad tag name '" + name + "'");
            }
            String value = spec.substring(equals + 1).strip();
            if (tags.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("tag '" + name + "' given twice");
            }
        }
        return new TagList(tags);
    }

    /** The value of {@code tag} (tags are case-sensitive), whitespace around it removed. */
    public Optional<String> get(String tag) {
        return Optional.ofNullable(tags.get(tag));
    }

    /** The value of a required tag. */
    public String require(String tag) {
        String value = tags.get(tag);
        if (value == null) {
            throw new IllegalArgumentException("required tag '" + tag + "' is missing");
        }
        return value;
    }

    /** The first tag's name, which DKIM key and DMARC records require to be {@code v}. */
    public Optional<String> firstTag() {
        return tags.keySet().stream().findFirst();
    }

    /** A value with every whitespace character removed (base64 may be folded anywhere). */
    public static String withoutWhitespace(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
