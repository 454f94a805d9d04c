package vn.officialmail.config.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One official document type of the catalogue, e.g. Quyết định (QĐ).
 *
 * @param id stable identifier used by the register and the API, e.g. {@code quyet-dinh}
 * @param name Vietnamese name as written on the title line, e.g. "Quyết định"
 * @param nameEn English name
 * @param abbreviation the Decree 30/2020 Appendix III abbreviation used in the symbol (case-sensitive,
 *     e.g. {@code QyĐ}); empty for công văn and thư công, which have none
 * @param kinds administrative, normative, copy (Quyết định and Nghị quyết are both)
 * @param categories ids of the e-document categories this type usually falls in
 * @param channel how the type must travel by default
 * @param aliases other title spellings besides {@code name} and {@code nameEn}
 */
public record DocumentType(
        String id,
        String name,
        String nameEn,
        Optional<String> abbreviation,
        Set<DocumentKind> kinds,
        List<String> categories,
        Channel channel,
        List<String> aliases) {

    public DocumentType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(abbreviation, "abbreviation");
        kinds = Set.copyOf(kinds);
        categories = List.copyOf(categories);
        Objects.requireNonNull(channel, "channel");
        aliases = List.copyOf(aliases);
    }

    /** Whether the type can be a legal normative document (its symbol then carries the year). */
    public boolean isNormative() {
        return kinds.contains(DocumentKind.NORMATIVE);
    }
}
