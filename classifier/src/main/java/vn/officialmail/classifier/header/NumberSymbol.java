package vn.officialmail.classifier.header;

import java.util.List;
import java.util.Optional;

/**
 * A document's number and symbol (Decree 30/2020 Appendix I, box 3): {@code 15/QĐ-BTP},
 * {@code 05/BTP-VP}, normative {@code 30/2020/NĐ-CP}.
 *
 * @param number the ordinal as written ({@code 05}; {@code 66.7} occurs)
 * @param year the year group of a normative symbol, if any
 * @param symbol the symbol groups after the number (and year) joined by "-", e.g. {@code QĐ-BTP}
 */
public record NumberSymbol(String number, Optional<Integer> year, String symbol) {

    /** As written on the Số line without spaces: {@code 30/2020/NĐ-CP}. */
    public String text() {
        return number + "/" + year.map(y -> y + "/").orElse("") + symbol;
    }

    /** The symbol's groups: {@code [QĐ, BTP]}. */
    public List<String> groups() {
        return List.of(symbol.split("-"));
    }

    /** The first group, where a type abbreviation stands (absent for a công văn). */
    public String firstGroup() {
        return groups().get(0);
    }
}
