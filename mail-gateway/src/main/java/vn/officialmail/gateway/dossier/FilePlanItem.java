package vn.officialmail.gateway.dossier;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.officialmail.classifier.normalize.Folding;

/**
 * One heading of the file plan (danh mục hồ sơ, {@code gateway.dossiers.file-plan[]}): a dossier
 * opened each year under code {@code agency code.year.notation} (Decree 30/2020 Appendix VI III.1,
 * e.g. {@code 000.00.00.G09.2026.01.TH}), with the filing rules that put registered documents in
 * it. A document matches when every rule given matches; a heading without rules is filed by hand.
 *
 * @param notation số và ký hiệu hồ sơ (FileNotation), at most 20 characters, e.g. {@code 01.TH}
 * @param title tiêu đề hồ sơ (Title), at most 500 characters
 * @param retention thời hạn bảo quản (Maintenance), e.g. {@code Vĩnh viễn}, {@code 10 năm}
 * @param owner người lập hồ sơ (Creator): the user or unit keeping it
 * @param rights chế độ sử dụng (Rights), default {@code Công khai}
 * @param types document type names or catalogue ids (e.g. {@code Quyết định} or {@code quyet-dinh})
 * @param units unit codes the document concerns (its sender's or recipients' unit)
 * @param symbols parts of the symbol (e.g. {@code QĐ-BTP}) the document's number and symbol contains
 * @param keywords words its summary or subject contains (any of them)
 */
public record FilePlanItem(
        String notation,
        String title,
        String retention,
        @Nullable String owner,
        @Nullable String rights,
        List<String> types,
        List<String> units,
        List<String> symbols,
        List<String> keywords) {

    private static final Pattern NOTATION = Pattern.compile("[\\p{L}\\p{N}.\\-]{1,20}");

    public FilePlanItem {
        if (notation == null || !NOTATION.matcher(notation.strip()).matches()) {
            throw new IllegalArgumentException("gateway.dossiers.file-plan: notation '" + notation
                    + "' must be 1 to 20 letters, digits, '.' or '-' (e.g. 01.TH)");
        }
        notation = notation.strip();
        title = required("title", title, 500, notation);
        retention = required("retention", retention, 30, notation);
        owner = owner == null || owner.isBlank() ? null : bounded(owner.strip(), 30);
        rights = rights == null || rights.isBlank() ? "Công khai" : bounded(rights.strip(), 30);
        types = folded(types);
        units = units == null ? List.of() : units.stream().map(String::strip).toList();
        symbols = folded(symbols).stream().map(s -> s.replace(" ", "")).toList();
        keywords = folded(keywords);
    }

    /** Whether the plan files documents here on its own (it has at least one rule). */
    public boolean hasRules() {
        return !types.isEmpty() || !units.isEmpty() || !symbols.isEmpty() || !keywords.isEmpty();
    }

    /** Whether a registered document belongs here by the rules. */
    boolean matches(FilingFacts document) {
        if (!hasRules()) {
            return false;
        }
        if (!types.isEmpty()
                && document.typeName()
                        .map(FilePlanItem::fold)
                        .filter(types::contains)
                        .isEmpty()) {
            return false;
        }
        if (!units.isEmpty() && document.units().stream().noneMatch(units::contains)) {
            return false;
        }
        if (!symbols.isEmpty()) {
            String symbol =
                    document.numberSymbol().map(FilePlanItem::fold).orElse("").replace(" ", "");
            if (symbols.stream().noneMatch(symbol::contains)) {
                return false;
            }
        }
        if (!keywords.isEmpty()) {
            String text = fold(document.text());
            return keywords.stream().anyMatch(text::contains);
        }
        return true;
    }

    /** What the rules look at in a registered document. */
    record FilingFacts(Optional<String> typeName, Optional<String> numberSymbol, String text, List<String> units) {}

    static String fold(String text) {
        return Folding.fold(text)
                .toLowerCase(Locale.ROOT)
                .replace('-', ' ')
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static List<String> folded(@Nullable List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .map(FilePlanItem::fold)
                        .filter(v -> !v.isEmpty())
                        .toList();
    }

    private static String required(String field, @Nullable String value, int max, String notation) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    "gateway.dossiers.file-plan: dossier '" + notation + "' needs a " + field);
        }
        if (value.strip().length() > max) {
            throw new IllegalArgumentException("gateway.dossiers.file-plan: dossier '" + notation + "': " + field
                    + " is longer than " + max + " characters");
        }
        return value.strip();
    }

    private static String bounded(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
