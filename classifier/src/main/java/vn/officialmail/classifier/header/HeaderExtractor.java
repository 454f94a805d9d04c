package vn.officialmail.classifier.header;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.officialmail.classifier.normalize.Folding;

/**
 * Extracts the legal metadata of a document laid out by Decree 30/2020 Appendix I. Give it text already
 * passed through {@code VietnameseNormalizer.normalize} (line breaks kept).
 */
public final class HeaderExtractor {

    private static final int HEADER_LINES = 40;
    private static final Pattern VV = Pattern.compile("^V/[vV]\\s*:?\\s*(.*)$");
    private static final Pattern LABELLED = Pattern.compile("^[-+•]?\\s*(Chủ trì|Thời gian|Địa điểm)\\s*:\\s*(.*)$");
    private static final Pattern DEADLINE =
            Pattern.compile("trước\\s+(?:\\d{1,2}\\s*(?:giờ|h)\\s*(?:\\d{1,2})?\\s*,?\\s*)?"
                    + "ngày\\s*(\\d{1,2})\\s*(?:/|-|\\.|\\s*tháng\\s*)(\\d{1,2})\\s*(?:/|-|\\.|\\s*năm\\s*)(\\d{4})");
    private static final Pattern DATE_START = Pattern.compile("ngay\\s*\\d.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<String> AUTHORITY_HEADS = List.of(
            "bo truong",
            "chu tich",
            "uy ban",
            "hoi dong",
            "thu tuong",
            "chinh phu",
            "quoc hoi",
            "giam doc",
            "tong giam doc",
            "cuc truong",
            "vu truong",
            "chanh van phong",
            "thong doc",
            "tong cuc truong",
            "truong ban",
            "chanh an",
            "vien truong",
            "ban chap hanh");

    private final List<String> foldedTitles;

    /**
     * @param typeTitles the type names that may stand on the title line (from the catalogue: Vietnamese
     *     and English names, aliases)
     */
    public HeaderExtractor(Collection<String> typeTitles) {
        this.foldedTitles = typeTitles.stream()
                .map(Folding::fold)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** The header of a normalised document; fields not found are empty. */
    public DocumentHeader extract(String normalizedText) {
        List<String> lines = Lines.of(normalizedText);
        int zoneEnd = zoneEnd(lines);
        Optional<NumberSymbolParser.Located<NumberSymbol>> number = NumberSymbolParser.parse(lines, zoneEnd);
        int afterNumber = number.map(n -> n.line() + 1).orElse(0);
        IssuerBlockParser.Issuer issuer = IssuerBlockParser.parse(
                lines, number.map(NumberSymbolParser.Located::line).orElse(12));
        DateLineParser.PlaceDate placeDate = DateLineParser.parse(lines.subList(0, zoneEnd), normalizedText);
        Optional<Located> title = title(lines, zoneEnd);
        Optional<Field<String>> vv = vv(lines, afterNumber, zoneEnd);
        Optional<Field<String>> subject =
                vv.isPresent() ? vv : title.flatMap(t -> subjectAfterTitle(lines, t, zoneEnd));
        return new DocumentHeader(
                issuer.parent(),
                issuer.issuing(),
                number.map(NumberSymbolParser.Located::field),
                placeDate.place(),
                placeDate.date(),
                title.map(t -> new Field<>(t.text, t.confidence)),
                subject,
                vv.isPresent(),
                block(lines, "kinh gui", Math.min(lines.size(), 80)),
                lastBlock(lines, "noi nhan"),
                SignatureBlockParser.parse(lines.subList(Math.min(afterNumber, lines.size()), lines.size())),
                meeting(lines),
                commentDeadline(normalizedText));
    }

    private static int zoneEnd(List<String> lines) {
        int limit = Math.min(lines.size(), HEADER_LINES);
        for (int i = 3; i < limit; i++) {
            String folded = Folding.fold(lines.get(i));
            if (folded.startsWith("can cu") || folded.startsWith("dieu 1") || folded.startsWith("chuong i")) {
                return i;
            }
        }
        return limit;
    }

    private record Located(String text, String rest, int line, double confidence) {}

    /**
     * The first capitals line that is a type name, or starts with one ("QUYẾT ĐỊNH VỀ ĐẶC XÁ"); a name
     * wrapped over two lines ("NGHỊ / QUYẾT") or glued to the trích yếu ("NGHỊ QUYẾTVề việc") counts too.
     */
    private Optional<Located> title(List<String> lines, int zoneEnd) {
        for (int i = 0; i < zoneEnd; i++) {
            String line = withoutTrailing(lines.get(i), ".:").strip();
            if (Lines.isNationalTitle(line)) {
                continue;
            }
            if (Lines.isUpperCase(line)) {
                Optional<Located> found =
                        matchTitle(line, i, zoneEnd, lines.get(i).endsWith(":"));
                if (found.isEmpty() && i + 1 < zoneEnd && Lines.isUpperCase(lines.get(i + 1))) {
                    String wrapped = line + " " + lines.get(i + 1).strip();
                    int next = i + 1;
                    found = matchTitle(wrapped, next, zoneEnd, true).map(t -> new Located(t.text, "", next, 0.9));
                }
                if (found.isPresent()) {
                    return found;
                }
            } else {
                Optional<Located> glued = gluedTitle(line, i);
                if (glued.isPresent()) {
                    return glued;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Located> matchTitle(String line, int index, int zoneEnd, boolean exactOnly) {
        String folded = Folding.fold(line);
        for (String title : foldedTitles) {
            if (folded.equals(title)) {
                return Optional.of(new Located(line, "", index, 0.95));
            }
            if (!exactOnly && folded.startsWith(title + " ") && index + 1 < zoneEnd) {
                String rest = line.substring(title.length()).strip();
                return Optional.of(new Located(line.substring(0, title.length()), rest, index, 0.75));
            }
        }
        return Optional.empty();
    }

    // "NGHỊ QUYẾTVề việc sắp xếp…": the capitals title run straight into the capitalised trích yếu.
    private Optional<Located> gluedTitle(String line, int index) {
        String folded = Folding.fold(line);
        for (String title : foldedTitles) {
            int n = title.length();
            if (folded.startsWith(title)
                    && line.length() > n + 1
                    && Lines.isUpperCase(line.substring(0, n))
                    && Character.isUpperCase(line.charAt(n))
                    && Character.isLowerCase(line.charAt(n + 1))) {
                return Optional.of(
                        new Located(line.substring(0, n), line.substring(n).strip(), index, 0.75));
            }
        }
        return Optional.empty();
    }

    private static Optional<Field<String>> subjectAfterTitle(List<String> lines, Located title, int zoneEnd) {
        List<String> parts = new ArrayList<>();
        if (!title.rest.isEmpty()) {
            parts.add(title.rest);
        }
        for (int i = title.line + 1; i < Math.min(zoneEnd, title.line + 7); i++) {
            String line = lines.get(i);
            String folded = Folding.fold(line);
            if (line.isEmpty() && !parts.isEmpty()) {
                break;
            }
            if (Lines.isSeparator(line) || folded.startsWith("kinh gui") || folded.startsWith("can cu")) {
                break;
            }
            if (Lines.isUpperCase(line) && AUTHORITY_HEADS.stream().anyMatch(folded::startsWith) && !parts.isEmpty()) {
                break;
            }
            parts.add(line);
        }
        String subject = Lines.collapse(String.join(" ", parts));
        return subject.isEmpty() ? Optional.empty() : Optional.of(new Field<>(subject, 0.8));
    }

    private static Optional<Field<String>> vv(List<String> lines, int from, int zoneEnd) {
        for (int i = Math.max(0, from - 1); i < zoneEnd; i++) {
            Matcher m = VV.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            StringBuilder subject = new StringBuilder(m.group(1));
            for (int j = i + 1; j < Math.min(zoneEnd, i + 4); j++) {
                String next = lines.get(j);
                String folded = Folding.fold(next);
                if (next.isEmpty()
                        || folded.contains("ngay ") && next.contains(",")
                        || folded.startsWith("kinh gui")
                        || Lines.isNationalTitle(next)
                        || Lines.isSeparator(next)
                        || DATE_START.matcher(folded).matches()) {
                    break;
                }
                subject.append(' ').append(next);
            }
            return Optional.of(new Field<>(Lines.collapse(subject.toString()), 0.9));
        }
        return Optional.empty();
    }

    /** The text after "Kính gửi:" and the dash lines under it. */
    private static List<String> block(List<String> lines, String foldedLabel, int limit) {
        for (int i = 0; i < limit; i++) {
            if (Lines.startsWithFolded(lines.get(i), foldedLabel)) {
                return items(lines, i);
            }
        }
        return List.of();
    }

    private static List<String> lastBlock(List<String> lines, String foldedLabel) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (Lines.startsWithFolded(lines.get(i), foldedLabel)) {
                return items(lines, i);
            }
        }
        return List.of();
    }

    private static List<String> items(List<String> lines, int labelLine) {
        List<String> items = new ArrayList<>();
        String first = lines.get(labelLine);
        int colon = first.indexOf(':');
        String rest = colon >= 0 ? first.substring(colon + 1).strip() : "";
        if (!rest.isEmpty()) {
            items.add(rest);
        }
        for (int i = labelLine + 1; i < Math.min(lines.size(), labelLine + 40); i++) {
            String line = lines.get(i);
            if (line.startsWith("-") || line.startsWith("+") || line.startsWith("•")) {
                items.add(line.substring(1).strip());
            } else if (!line.isEmpty() && Character.isLowerCase(line.charAt(0)) && !items.isEmpty()) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line);
            } else {
                break;
            }
        }
        return items.stream()
                .map(s -> withoutTrailing(s, ";,.").strip())
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static Optional<Field<MeetingDetails>> meeting(List<String> lines) {
        Optional<String> chair = Optional.empty();
        Optional<String> time = Optional.empty();
        Optional<String> place = Optional.empty();
        for (String line : lines) {
            Matcher m = LABELLED.matcher(line);
            if (m.matches() && !m.group(2).isBlank()) {
                Optional<String> value = Optional.of(m.group(2).strip());
                switch (m.group(1)) {
                    case "Chủ trì" -> chair = chair.or(() -> value);
                    case "Thời gian" -> time = time.or(() -> value);
                    default -> place = place.or(() -> value);
                }
            }
        }
        MeetingDetails details = new MeetingDetails(chair, time, place);
        return details.isPresent() ? Optional.of(new Field<>(details, 0.9)) : Optional.empty();
    }

    private static Optional<Field<LocalDate>> commentDeadline(String text) {
        String folded = Folding.fold(text);
        if (!folded.contains("du thao") || !(folded.contains("y kien") || folded.contains("gop y"))) {
            return Optional.empty();
        }
        Matcher m = DEADLINE.matcher(SPACES.matcher(text).replaceAll(" "));
        while (m.find()) {
            Optional<LocalDate> date = DateLineParser.date(m.group(1), m.group(2), m.group(3));
            if (date.isPresent()) {
                return Optional.of(new Field<>(date.get(), 0.8));
            }
        }
        return Optional.empty();
    }

    private static String withoutTrailing(String text, String chars) {
        int end = text.length();
        while (end > 0 && chars.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
