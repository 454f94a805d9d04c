package vn.officialmail.classifier.header;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Số line (Decree 30/2020 Appendix I, box 3) in the header: "Số: 15/QĐ-BTP", "Luật số:
 * 129/2025/QH15", "Nghị quyết số: 103/2025/UBTVQH15". PDF extraction may cut the line anywhere
 * ("Nghị quyết / số: / 253 / / / 2025 / /QH15"), so the lines from the Số line on are joined first.
 */
final class NumberSymbolParser {

    private static final String TYPE_PREFIX = "(?:(?:Luật|Nghị quyết|Pháp lệnh|Lệnh|Nghị định|Thông tư)\\s+)?";
    private static final String NUMBER_SYMBOL = "(\\d+(?:\\.\\d+)?[a-zA-Z]?)\\s*/\\s*(?:(\\d{4})\\s*/\\s*)?"
            + "(\\p{L}[\\p{L}\\d]*(?:\\s*-\\s*[\\p{L}\\d]+)*)";
    // On its own line the colon may be lost (OCR); inside running text only "Số:" with a colon counts.
    private static final Pattern AT_LINE_START =
            Pattern.compile("^" + TYPE_PREFIX + "[Ss]ố\\s*[:.]?\\s*" + NUMBER_SYMBOL);
    private static final Pattern WITH_COLON = Pattern.compile(TYPE_PREFIX + "[Ss]ố\\s*:\\s*" + NUMBER_SYMBOL);
    private static final Pattern TYPE_WORD_ALONE = Pattern.compile("(?:Luật|Nghị quyết|Pháp lệnh|Lệnh)\\s*");
    private static final Pattern TYPE_NUMBER =
            Pattern.compile("(Luật|Nghị quyết|Pháp lệnh|Lệnh|Nghị định|Thông tư)\\s+số\\b.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NumberSymbolParser() {}

    /** The number and symbol, and the index of the line it starts on. */
    static Optional<Located<NumberSymbol>> parse(List<String> lines, int zoneEnd) {
        for (int i = 0; i < zoneEnd; i++) {
            String line = lines.get(i);
            boolean typeWordAlone = TYPE_WORD_ALONE.matcher(line).matches();
            if (!line.startsWith("Số") && !line.startsWith("số") && !typeWordAlone && !startsWithTypeNumber(line)) {
                continue;
            }
            Matcher m = AT_LINE_START.matcher(Lines.join(lines, i, i + 7));
            if (m.find()) {
                return Optional.of(new Located<>(new Field<>(toNumberSymbol(m), 0.97), i));
            }
        }
        for (int i = 0; i < zoneEnd; i++) {
            if (!lines.get(i).contains("ố")) {
                continue; // the Số of "Số:" starts on this line or the pattern would have matched before
            }
            Matcher m = WITH_COLON.matcher(Lines.join(lines, i, i + 3));
            if (m.find()) {
                return Optional.of(new Located<>(new Field<>(toNumberSymbol(m), 0.85), i));
            }
        }
        return Optional.empty();
    }

    private static boolean startsWithTypeNumber(String line) {
        return TYPE_NUMBER.matcher(line).matches();
    }

    private static NumberSymbol toNumberSymbol(Matcher m) {
        Optional<Integer> year = Optional.ofNullable(m.group(2)).map(Integer::valueOf);
        String symbol = SPACES.matcher(m.group(3)).replaceAll("");
        return new NumberSymbol(m.group(1), year, symbol);
    }

    /** A value and the line it was found on. */
    record Located<T>(Field<T> field, int line) {}
}
