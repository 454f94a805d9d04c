package vn.officialmail.classifier.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.officialmail.classifier.normalize.Folding;
import vn.officialmail.config.catalogue.DocumentType;
import vn.officialmail.config.catalogue.DocumentTypeCatalogue;

/** Catalogue types looked up by any of their titles (name, English name, aliases), folded. */
final class TypeTitles {

    private final Map<String, DocumentType> byFoldedTitle = new HashMap<>();
    private final List<String> titles = new ArrayList<>();

    TypeTitles(DocumentTypeCatalogue catalogue) {
        for (DocumentType type : catalogue.types()) {
            List<String> all = new ArrayList<>(List.of(type.name(), type.nameEn()));
            all.addAll(type.aliases());
            for (String title : all) {
                byFoldedTitle.putIfAbsent(Folding.fold(title), type);
                titles.add(title);
            }
        }
    }

    Optional<DocumentType> byTitle(String title) {
        return Optional.ofNullable(byFoldedTitle.get(Folding.fold(title.strip())));
    }

    List<String> titles() {
        return titles;
    }
}
