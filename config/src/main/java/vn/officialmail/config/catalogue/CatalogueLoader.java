package vn.officialmail.config.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads the default catalogue ({@code catalogue/document-types.yml} on the class path), overlays an
 * agency's override file and validates the result, so that a bad catalogue fails at startup with
 * every problem named.
 *
 * <p>Override semantics (like Spring Initializr's metadata): an entry whose {@code id} is already
 * known changes only the keys it gives; a new id adds a complete entry; {@code remove: [id, …]}
 * drops types or categories. Unknown keys are an error everywhere.
 */
public final class CatalogueLoader {

    /** Class-path location of the default catalogue. */
    public static final String DEFAULT_RESOURCE = "catalogue/document-types.yml";

    private CatalogueLoader() {}

    /** The default catalogue, validated. */
    public static DocumentTypeCatalogue loadDefault() {
        return build(DEFAULT_RESOURCE, readDefault());
    }

    /**
     * The default catalogue overlaid with an agency file, validated.
     *
     * @throws InvalidCatalogueException naming the file, each bad key and value and what is allowed
     */
    public static DocumentTypeCatalogue load(Path override) {
        try (Reader reader = Files.newBufferedReader(override, StandardCharsets.UTF_8)) {
            return load(reader, override.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document-type catalogue " + override, e);
        }
    }

    /** Like {@link #load(Path)} for an override read elsewhere; {@code source} names it in errors. */
    public static DocumentTypeCatalogue load(Reader override, String source) {
        RawCatalogue merged = readDefault();
        merged.overlay(RawCatalogue.parse(source, parse(source, override)));
        return build(DEFAULT_RESOURCE + " + " + source, merged);
    }

    private static RawCatalogue readDefault() {
        InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("default catalogue missing from the class path: " + DEFAULT_RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return RawCatalogue.parse(DEFAULT_RESOURCE, parse(DEFAULT_RESOURCE, reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object parse(String source, Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            return Optional.ofNullable(new Yaml(new SafeConstructor(options)).load(reader))
                    .orElse(Map.of());
        } catch (YAMLException e) {
            throw new InvalidCatalogueException(source, "not valid YAML: " + e.getMessage(), e);
        }
    }

    private static DocumentTypeCatalogue build(String source, RawCatalogue raw) {
        List<String> problems = new ArrayList<>(raw.problems());
        EntryReader entries = new EntryReader(problems);
        List<DocumentCategory> categories = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> e : raw.categories().entrySet()) {
            entries.category(e.getKey(), e.getValue()).ifPresent(categories::add);
        }
        List<DocumentType> types = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> e : raw.types().entrySet()) {
            entries.type(e.getKey(), e.getValue()).ifPresent(types::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(source, problems);
        }
        return DocumentTypeCatalogue.validated(source, types, categories);
    }

    /** Entries by id as read from YAML, before typing; merged key by key. */
    private record RawCatalogue(
            Map<String, Map<String, Object>> types,
            Map<String, Map<String, Object>> categories,
            List<String> removals,
            List<String> problems) {

        private static final List<String> TOP_LEVEL_KEYS = List.of("categories", "types", "remove");

        static RawCatalogue parse(String source, Object yaml) {
            RawCatalogue raw = new RawCatalogue(
                    new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
            if (!(yaml instanceof Map<?, ?> top)) {
                raw.problems.add(source + ": the top level must be a mapping with keys " + TOP_LEVEL_KEYS);
                return raw;
            }
            for (Map.Entry<?, ?> e : top.entrySet()) {
                String key = String.valueOf(e.getKey());
                switch (key) {
                    case "categories" -> raw.readEntries(source, key, e.getValue(), raw.categories);
                    case "types" -> raw.readEntries(source, key, e.getValue(), raw.types);
                    case "remove" -> raw.readRemovals(source, e.getValue());
                    default -> raw.problems.add(source + ": unknown key '" + key + "'; allowed: " + TOP_LEVEL_KEYS);
                }
            }
            return raw;
        }

        private void readEntries(String source, String section, Object value, Map<String, Map<String, Object>> into) {
            if (!(value instanceof List<?> list)) {
                problems.add(source + ": '" + section + "' must be a list of entries, was: " + value);
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> entry) || !(entry.get("id") instanceof String id)) {
                    problems.add(source + ": " + section + "[" + i + "] must be a mapping with a string 'id', was: "
                            + list.get(i));
                    continue;
                }
                Map<String, Object> copy = new LinkedHashMap<>();
                entry.forEach((k, v) -> copy.put(String.valueOf(k), v));
                if (into.putIfAbsent(id, copy) != null) {
                    problems.add(source + ": duplicate " + section + " id '" + id + "'");
                }
            }
        }

        private void readRemovals(String source, Object value) {
            if (!(value instanceof List<?> list)) {
                problems.add(source + ": 'remove' must be a list of ids, was: " + value);
                return;
            }
            list.forEach(id -> removals.add(String.valueOf(id)));
        }

        void overlay(RawCatalogue override) {
            problems.addAll(override.problems);
            override.categories.forEach((id, entry) -> categories.merge(id, entry, RawCatalogue::mergeKeys));
            override.types.forEach((id, entry) -> types.merge(id, entry, RawCatalogue::mergeKeys));
            for (String id : override.removals) {
                boolean removed = types.remove(id) != null | categories.remove(id) != null;
                if (!removed) {
                    problems.add(
                            "remove: unknown id '" + id + "'; known: " + types.keySet() + " " + categories.keySet());
                }
            }
        }

        private static Map<String, Object> mergeKeys(Map<String, Object> base, Map<String, Object> change) {
            Map<String, Object> merged = new LinkedHashMap<>(base);
            merged.putAll(change);
            return merged;
        }
    }
}
