package vn.officialmail.config.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one row of named fields (a CSV row, an LDIF entry mapped to the same names) into an
 * agency, unit or account, or a rejection with the line; shared by both readers so the two
 * formats obey the same rules.
 */
final class EntryCollector {

    /** The field names a row may carry; {@code kind} says which entry it is. */
    static final List<String> FIELDS = List.of(
            "kind",
            "code",
            "name",
            "agency",
            "domains",
            "abbreviation",
            "mailbox",
            "head",
            "delegate",
            "unit",
            "address");

    private final List<DirectoryEntries.Line<Agency>> agencies = new ArrayList<>();
    private final List<DirectoryEntries.Line<Unit>> units = new ArrayList<>();
    private final List<DirectoryEntries.Line<Account>> accounts = new ArrayList<>();
    private final List<DirectoryEntries.Rejection> rejections = new ArrayList<>();

    void add(int line, Map<String, String> fields) {
        String kind = fields.getOrDefault("kind", "").strip().toLowerCase(Locale.ROOT);
        try {
            switch (kind) {
                case "agency" ->
                    agencies.add(new DirectoryEntries.Line<>(
                            line,
                            new Agency(
                                    get(fields, "code"),
                                    get(fields, "name"),
                                    domains(fields),
                                    get(fields, "abbreviation"))));
                case "unit" ->
                    units.add(new DirectoryEntries.Line<>(
                            line,
                            new Unit(
                                    get(fields, "code"),
                                    get(fields, "agency"),
                                    get(fields, "name"),
                                    get(fields, "abbreviation"),
                                    optional(fields, "mailbox"),
                                    optional(fields, "head"),
                                    optional(fields, "delegate"))));
                case "account" ->
                    accounts.add(new DirectoryEntries.Line<>(
                            line, new Account(get(fields, "address"), get(fields, "name"), get(fields, "unit"))));
                default -> reject(line, DirectoryProblem.of("kind.unknown", kind));
            }
        } catch (InvalidDirectoryEntryException e) {
            reject(line, e.problem());
        }
    }

    void reject(int line, DirectoryProblem problem) {
        rejections.add(new DirectoryEntries.Rejection(line, problem));
    }

    DirectoryEntries entries() {
        return new DirectoryEntries(agencies, units, accounts, rejections);
    }

    private static String get(Map<String, String> fields, String name) {
        return fields.getOrDefault(name, "");
    }

    private static Optional<String> optional(Map<String, String> fields, String name) {
        return DirectoryValues.optional(fields.get(name)).map(String::strip);
    }

    /** Several domains in one field, separated by spaces, semicolons or vertical bars. */
    private static List<String> domains(Map<String, String> fields) {
        return Arrays.stream(get(fields, "domains").split("[\\s;|]+"))
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
