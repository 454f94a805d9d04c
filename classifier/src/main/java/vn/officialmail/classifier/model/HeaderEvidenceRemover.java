package vn.officialmail.classifier.model;

import java.util.ArrayList;
import java.util.List;
import vn.officialmail.classifier.header.DocumentHeader;
import vn.officialmail.classifier.header.HeaderExtractor;
import vn.officialmail.classifier.normalize.Folding;
import vn.officialmail.classifier.normalize.VietnameseNormalizer;
import vn.officialmail.config.catalogue.DocumentType;
import vn.officialmail.config.catalogue.DocumentTypeCatalogue;

/**
 * Removes the document's own type evidence — the {@code Số} line (number and symbol, Decree 30/2020
 * Appendix I box 3) and the type title line (box 5a) — so that the statistical model is trained and
 * measured on what is left: the content. Issue 3 asks for the model's figures on exactly such texts.
 * Only the first occurrence of each is removed; a title wrapped over two lines loses both lines, a
 * title glued to its trích yếu loses the title words only.
 */
public final class HeaderEvidenceRemover {

    private static final int HEADER_LINES = 60;

    private final HeaderExtractor extractor;

    public HeaderEvidenceRemover(DocumentTypeCatalogue catalogue) {
        List<String> titles = new ArrayList<>();
        for (DocumentType type : catalogue.types()) {
            titles.add(type.name());
            titles.add(type.nameEn());
            titles.addAll(type.aliases());
        }
        this.extractor = new HeaderExtractor(titles);
    }

    /** The normalised text without its Số line and its title line. */
    public String remove(String text) {
        String normalized = VietnameseNormalizer.normalize(text);
        DocumentHeader header = extractor.extract(normalized);
        List<String> lines = new ArrayList<>(normalized.lines().toList());
        header.numberSymbol().ifPresent(n -> removeNumberLine(lines, n.value().text()));
        header.titleLine().ifPresent(t -> removeTitle(lines, t.value().strip()));
        return String.join("\n", lines);
    }

    private static void removeNumberLine(List<String> lines, String numberSymbol) {
        String compact = numberSymbol.replaceAll("\\s+", "");
        for (int i = 0; i < Math.min(lines.size(), HEADER_LINES); i++) {
            if (lines.get(i).replaceAll("\\s+", "").contains(compact)) {
                lines.remove(i);
                return;
            }
        }
    }

    private static void removeTitle(List<String> lines, String title) {
        String foldedTitle = spaced(Folding.fold(title));
        for (int i = 0; i < Math.min(lines.size(), HEADER_LINES); i++) {
            String line = lines.get(i).strip();
            String folded = spaced(Folding.fold(line));
            if (folded.equals(foldedTitle)) {
                lines.remove(i);
                return;
            }
            if (line.startsWith(title) && isTitleCase(line.substring(0, title.length()))) {
                lines.set(i, line.substring(title.length()).strip());
                return;
            }
            if (i + 1 < lines.size()
                    && isTitleCase(line)
                    && spaced(Folding.fold(line + " " + lines.get(i + 1).strip()))
                            .equals(foldedTitle)) {
                lines.remove(i + 1);
                lines.remove(i);
                return;
            }
        }
    }

    private static boolean isTitleCase(String text) {
        return text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String spaced(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
