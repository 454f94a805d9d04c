package vn.officialmail.config.directory;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a directory exported from LDAP as LDIF content records (RFC 2849): folded lines, comments,
 * {@code attr:: base64} values (how LDAP tools export Vietnamese names). The object class says
 * which entry it is and standard attributes carry the values:
 *
 * <ul>
 *   <li>{@code organization}: agency; {@code o} name, {@code associatedDomain} domains,
 *       {@code omAbbreviation} the abbreviation in its document symbols;
 *   <li>{@code organizationalUnit}: unit; {@code ou} name, {@code mail} shared mailbox;
 *   <li>{@code inetOrgPerson} (or {@code person}): account; {@code mail}, {@code displayName} or
 *       {@code cn}, {@code departmentNumber} unit code.
 * </ul>
 *
 * Codes are in {@code uniqueIdentifier}; a unit's abbreviation, head and delegate in
 * {@code omAbbreviation}, {@code omHead}, {@code omDelegate}. A unit under an agency's DN belongs
 * to it and an account under a unit's DN to that unit, unless {@code omAgency} / {@code omUnit}
 * say otherwise.
 */
public final class LdifDirectoryReader {

    private LdifDirectoryReader() {}

    public static DirectoryEntries read(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Record> records = records(content);
        Map<String, Parent> parents = new HashMap<>();
        for (Record record : records) {
            kind(record).filter(k -> !k.equals("account")).ifPresent(kind -> record.first("uniqueidentifier")
                    .ifPresent(code -> parents.put(record.dn(), new Parent(kind, code))));
        }
        EntryCollector collector = new EntryCollector();
        for (Record record : records) {
            if (record.problem().isPresent()) {
                collector.reject(record.line(), record.problem().get());
                continue;
            }
            Optional<String> kind = kind(record);
            if (kind.isEmpty()) {
                collector.reject(record.line(), DirectoryProblem.of("ldif.unknown-class", record.all("objectclass")));
                continue;
            }
            collector.add(record.line(), fields(kind.get(), record, parents));
        }
        return collector.entries();
    }

    private static Map<String, String> fields(String kind, Record record, Map<String, Parent> parents) {
        Map<String, String> fields = new HashMap<>();
        fields.put("kind", kind);
        record.first("uniqueidentifier").ifPresent(v -> fields.put("code", v));
        switch (kind) {
            case "agency" -> {
                record.first("o").ifPresent(v -> fields.put("name", v));
                record.first("omabbreviation").ifPresent(v -> fields.put("abbreviation", v));
                fields.put("domains", String.join(" ", record.all("associateddomain")));
            }
            case "unit" -> {
                record.first("ou").ifPresent(v -> fields.put("name", v));
                record.first("omabbreviation").ifPresent(v -> fields.put("abbreviation", v));
                record.first("mail").ifPresent(v -> fields.put("mailbox", v));
                record.first("omhead").ifPresent(v -> fields.put("head", v));
                record.first("omdelegate").ifPresent(v -> fields.put("delegate", v));
                record.first("omagency")
                        .or(() -> ancestor(record.dn(), "agency", parents))
                        .ifPresent(v -> fields.put("agency", v));
            }
            default -> {
                record.first("mail").ifPresent(v -> fields.put("address", v));
                record.first("displayname").or(() -> record.first("cn")).ifPresent(v -> fields.put("name", v));
                record.first("omunit")
                        .or(() -> record.first("departmentnumber"))
                        .or(() -> ancestor(record.dn(), "unit", parents))
                        .ifPresent(v -> fields.put("unit", v));
            }
        }
        return fields;
    }

    private static Optional<String> kind(Record record) {
        List<String> classes = record.all("objectclass").stream()
                .map(c -> c.toLowerCase(Locale.ROOT))
                .toList();
        if (classes.contains("inetorgperson")
                || classes.contains("person")
                || classes.contains("organizationalperson")) {
            return Optional.of("account");
        }
        if (classes.contains("organizationalunit")) {
            return Optional.of("unit");
        }
        if (classes.contains("organization")) {
            return Optional.of("agency");
        }
        return Optional.empty();
    }

    /** The nearest entry of {@code kind} whose DN the given DN sits under. */
    private static Optional<String> ancestor(String dn, String kind, Map<String, Parent> parents) {
        String rest = dn;
        int comma;
        while ((comma = nextSeparator(rest)) >= 0) {
            rest = rest.substring(comma + 1);
            Parent parent = parents.get(rest);
            if (parent != null && parent.kind().equals(kind)) {
                return Optional.of(parent.code());
            }
        }
        return Optional.empty();
    }

    private static int nextSeparator(String dn) {
        for (int i = 0; i < dn.length(); i++) {
            if (dn.charAt(i) == '\\') {
                i++;
            } else if (dn.charAt(i) == ',') {
                return i;
            }
        }
        return -1;
    }

    private record Parent(String kind, String code) {}

    /** One LDIF record: its DN in a comparable form, its attributes, the line it starts on. */
    private record Record(
            int line, String dn, Map<String, List<String>> attributes, Optional<DirectoryProblem> problem) {
        Optional<String> first(String name) {
            return attributes.getOrDefault(name, List.of()).stream().findFirst();
        }

        List<String> all(String name) {
            return attributes.getOrDefault(name, List.of());
        }
    }

    private static List<Record> records(String content) {
        String[] lines = content.split("\r?\n", -1);
        List<Record> records = new ArrayList<>();
        List<String> logical = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.startsWith(" ") && !logical.isEmpty()) {
                int last = logical.size() - 1;
                logical.set(last, logical.get(last) + line.substring(1));
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!logical.isEmpty()) {
                    record(start, logical).ifPresent(records::add);
                    logical.clear();
                }
                continue;
            }
            if (logical.isEmpty()) {
                if (records.isEmpty() && line.toLowerCase(Locale.ROOT).startsWith("version:")) {
                    continue; // the file's version line, not part of the first entry
                }
                start = i + 1;
            }
            logical.add(line);
        }
        return records;
    }

    private static Optional<Record> record(int line, List<String> logical) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        String dn = null;
        for (String attribute : logical) {
            int colon = attribute.indexOf(':');
            if (colon <= 0) {
                return Optional.of(broken(line, DirectoryProblem.of("ldif.bad-line", attribute)));
            }
            String name = attribute.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            int semicolon = name.indexOf(';');
            if (semicolon > 0) {
                name = name.substring(0, semicolon); // language tags and ;binary: the value is the same
            }
            Optional<String> value = value(attribute.substring(colon + 1));
            if (value.isEmpty()) {
                return Optional.of(broken(line, DirectoryProblem.of("ldif.bad-value", name)));
            }
            if (name.equals("version") && dn == null) {
                continue;
            }
            if (name.equals("dn")) {
                dn = canonicalDn(value.get());
            } else if (name.equals("changetype")) {
                return Optional.of(broken(line, DirectoryProblem.of("ldif.changetype", value.get())));
            } else {
                attributes.computeIfAbsent(name, k -> new ArrayList<>()).add(value.get());
            }
        }
        if (dn == null) {
            return attributes.isEmpty()
                    ? Optional.empty()
                    : Optional.of(broken(line, DirectoryProblem.of("ldif.no-dn")));
        }
        return Optional.of(new Record(line, dn, attributes, Optional.empty()));
    }

    private static Record broken(int line, DirectoryProblem problem) {
        return new Record(line, "", Map.of(), Optional.of(problem));
    }

    /** A value after the colon: plain, {@code :: base64} (UTF-8), never {@code :< URL} (nothing is fetched). */
    private static Optional<String> value(String rest) {
        if (rest.startsWith(":")) {
            try {
                byte[] bytes = Base64.getMimeDecoder().decode(rest.substring(1).strip());
                String decoded = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes))
                        .toString();
                return Optional.of(Normalizer.normalize(decoded, Normalizer.Form.NFC));
            } catch (IllegalArgumentException | CharacterCodingException e) {
                return Optional.empty();
            }
        }
        if (rest.startsWith("<")) {
            return Optional.empty();
        }
        return Optional.of(Normalizer.normalize(rest.strip(), Normalizer.Form.NFC));
    }

    /** DNs compared without the spaces around separators and without case. */
    private static String canonicalDn(String dn) {
        return dn.replaceAll("\\s*([,=+])\\s*", "$1").strip().toLowerCase(Locale.ROOT);
    }
}
