package vn.officialmail.config.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The validated, immutable catalogue of document types and e-document categories. Build it with
 * {@link CatalogueLoader}; a catalogue that exists is consistent: unique ids, unique abbreviations,
 * unique titles, and every category a type names is defined.
 */
public final class DocumentTypeCatalogue {

    private final Map<String, DocumentType> typesById;
    private final Map<String, DocumentCategory> categoriesById;
    private final Map<String, DocumentType> typesByAbbreviation;

    private DocumentTypeCatalogue(List<DocumentType> types, List<DocumentCategory> categories) {
        this.typesById =
                types.stream().collect(Collectors.toMap(DocumentType::id, t -> t, (a, b) -> a, LinkedHashMap::new));
        this.categoriesById = categories.stream()
                .collect(Collectors.toMap(DocumentCategory::id, c -> c, (a, b) -> a, LinkedHashMap::new));
        this.typesByAbbreviation = types.stream()
                .filter(t -> t.abbreviation().isPresent())
                .collect(Collectors.toMap(t -> t.abbreviation().orElseThrow(), t -> t, (a, b) -> a));
    }

    /**
     * Checks the cross-references of a merged catalogue and builds it.
     *
     * @param source where the entries came from, for the error message
     * @throws InvalidCatalogueException listing every problem
     */
    public static DocumentTypeCatalogue validated(
            String source, List<DocumentType> types, List<DocumentCategory> categories) {
        List<String> problems = new ArrayList<>();
        Map<String, DocumentCategory> categoryIds = new LinkedHashMap<>();
        for (DocumentCategory category : categories) {
            if (categoryIds.putIfAbsent(category.id(), category) != null) {
                problems.add("duplicate category id '" + category.id() + "'");
            }
        }
        Map<String, String> seenIds = new LinkedHashMap<>();
        Map<String, String> seenAbbreviations = new LinkedHashMap<>();
        Map<String, String> seenTitles = new LinkedHashMap<>();
        for (DocumentType type : types) {
            if (seenIds.putIfAbsent(type.id(), type.id()) != null) {
                problems.add("duplicate type id '" + type.id() + "'");
            }
            type.abbreviation().ifPresent(abbreviation -> {
                String other = seenAbbreviations.putIfAbsent(abbreviation, type.id());
                if (other != null) {
                    problems.add("types[" + type.id() + "].abbreviation '" + abbreviation + "' is already used by '"
                            + other + "'; abbreviations must be unique");
                }
            });
            for (String title : titles(type)) {
                String other = seenTitles.putIfAbsent(title.toUpperCase(Locale.ROOT), type.id());
                if (other != null && !other.equals(type.id())) {
                    problems.add("types[" + type.id() + "] title '" + title + "' is already the title of '" + other
                            + "'; titles must be unique");
                }
            }
            for (String category : type.categories()) {
                if (!categoryIds.containsKey(category)) {
                    problems.add("types[" + type.id() + "].categories: unknown category '" + category + "'; known: "
                            + categoryIds.keySet());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(source, problems);
        }
        return new DocumentTypeCatalogue(types, categories);
    }

    private static List<String> titles(DocumentType type) {
        List<String> titles = new ArrayList<>();
        titles.add(type.name());
        titles.add(type.nameEn());
        titles.addAll(type.aliases());
        return titles;
    }

    /** Every type, in catalogue order. */
    public Collection<DocumentType> types() {
        return typesById.values();
    }

    /** Every e-document category, in catalogue order. */
    public Collection<DocumentCategory> categories() {
        return categoriesById.values();
    }

    /** The type with this id. */
    public Optional<DocumentType> type(String id) {
        return Optional.ofNullable(typesById.get(id));
    }

    /**
     * The type with this id, for ids that come from configuration.
     *
     * @throws IllegalArgumentException naming the id and the known ones
     */
    public DocumentType requireType(String id) {
        DocumentType type = typesById.get(id);
        if (type == null) {
            throw new IllegalArgumentException("unknown document type '" + id + "'; known: " + typesById.keySet());
        }
        return type;
    }

    /** The type whose Appendix III abbreviation is exactly this (case-sensitive: {@code QyĐ}). */
    public Optional<DocumentType> byAbbreviation(String abbreviation) {
        return Optional.ofNullable(typesByAbbreviation.get(abbreviation));
    }

    /** The category with this id. */
    public Optional<DocumentCategory> category(String id) {
        return Optional.ofNullable(categoriesById.get(id));
    }
}
