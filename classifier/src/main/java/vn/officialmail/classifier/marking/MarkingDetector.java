package vn.officialmail.classifier.marking;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.officialmail.classifier.normalize.Folding;
import vn.officialmail.classifier.normalize.VietnameseNormalizer;

/**
 * Detects the secrecy and urgency stamps of Decree 30/2020 Appendix I (boxes 10a, 10b).
 *
 * <p>A stamp is a line of its own, in capitals, holding only the mark (maybe framed: "[MẬT]",
 * "| KHẨN |"), or a labelled field "Độ mật: Mật" / "Độ khẩn: Hỏa tốc" as in e-document metadata, or a
 * subject that starts with the mark ("KHẨN: …", "[MẬT] …"). Words in running text never count, so "mật
 * khẩu", "bí mật", "mật độ dân số" and "khẩn trương" are not marks. Only the header zone (first lines)
 * and the subject are read: a stamp sits under the number and symbol.
 *
 * <p>Stamps that scanning and retyping damage still read: letters spaced apart by OCR ("M Ậ T",
 * "T Ố I  M Ậ T"), a stamp typed in title case ("Mật", "Tối mật") or framed in lower case ("[mật]").
 * A bare lower-case "mật" on its own line does not count: that is how a sentence wrapped after "bí"
 * looks in text extracted from a PDF.
 */
public final class MarkingDetector {

    private static final int STAMP_ZONE_LINES = 40;
    private static final int MAX_STAMP_LINE = 60;
    // A stamp's frame and decoration: "[MẬT]", "| KHẨN |", "*** HỎA TỐC ***", "KHẨN!".
    private static final String FRAME_LEAD = "[](){}|*\"'“”«»_=-";
    private static final String FRAME_TRAIL = FRAME_LEAD + ".!";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LABELLED = Pattern.compile(
            "^(?:độ mật|độ khẩn|mức độ mật|mức độ khẩn)\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SUBJECT_PREFIX = Pattern.compile(
            "^[\\s\\[(]*(TUYỆT MẬT|TỐI MẬT|MẬT|HỎA TỐC HẸN GIỜ|HỎA TỐC|THƯỢNG KHẨN|KHẨN)[\\s\\])]*[:\\-–]?\\s+.*$");
    // "[mật] Báo cáo …": a bracketed mark at the head of a subject is a mark in any case.
    private static final Pattern SUBJECT_BRACKETED = Pattern.compile(
            "^\\s*[\\[(]\\s*(tuyệt mật|tối mật|mật|hỏa tốc hẹn giờ|hỏa tốc|thượng khẩn|khẩn)\\s*[\\])].*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private MarkingDetector() {}

    /** Marks in a document's text (any normalisation; it is normalised here). */
    public static Markings detect(String text) {
        return detect("", text);
    }

    /** Marks in a message: its subject line and the text of its body or attachment. */
    public static Markings detect(String subject, String text) {
        return detectNormalized(
                VietnameseNormalizer.normalize(subject), VietnameseNormalizer.normalize(stampZone(text)));
    }

    /**
     * Marks in a subject and a text both already passed through {@code VietnameseNormalizer.normalize}
     * (the classifier has done it once for everything it reads).
     */
    public static Markings detectNormalized(String subject, String text) {
        Optional<Mark<SecrecyLevel>> secrecy = Optional.empty();
        Optional<Mark<UrgencyLevel>> urgency = Optional.empty();
        String normalizedSubject = subject.strip();
        Matcher prefix = SUBJECT_PREFIX.matcher(normalizedSubject);
        if (!prefix.matches()) {
            prefix = SUBJECT_BRACKETED.matcher(normalizedSubject);
        }
        if (prefix.matches()) {
            secrecy = higher(secrecy, secrecy(prefix.group(1), 0.8, normalizedSubject));
            urgency = higher(urgency, urgency(prefix.group(1), 0.8, normalizedSubject));
        }
        String[] lines = stampZone(text).split("\n", STAMP_ZONE_LINES + 1);
        for (int i = 0; i < Math.min(lines.length, STAMP_ZONE_LINES); i++) {
            String line = lines[i].strip();
            Matcher labelled = LABELLED.matcher(line);
            if (labelled.matches()) {
                String value = labelled.group(1).strip().toUpperCase(java.util.Locale.ROOT);
                secrecy = higher(secrecy, secrecy(value, 0.9, line));
                urgency = higher(urgency, urgency(value, 0.9, line));
                continue;
            }
            if (line.length() > MAX_STAMP_LINE) {
                continue; // running text, not a stamp; also keeps the frame pattern off long lines
            }
            String inside = unframed(line);
            if (isAllCapitals(inside) || startsWithCapital(inside) || isFramed(line)) {
                String stamp = SPACES.matcher(inside).replaceAll(" ");
                secrecy = higher(secrecy, secrecy(stamp, 0.95, line));
                urgency = higher(urgency, urgency(stamp, 0.95, line));
            }
        }
        return new Markings(secrecy, urgency);
    }

    // The first lines only: normalisation works line by line, so normalising the zone alone gives the
    // same lines and spares a long document's body.
    private static String stampZone(String text) {
        int end = -1;
        for (int line = 0; line <= STAMP_ZONE_LINES; line++) {
            end = text.indexOf('\n', end + 1);
            if (end < 0) {
                return text;
            }
        }
        return text.substring(0, end);
    }

    private static String unframed(String line) {
        int from = 0;
        int to = line.length();
        while (from < to && (Character.isWhitespace(line.charAt(from)) || FRAME_LEAD.indexOf(line.charAt(from)) >= 0)) {
            from++;
        }
        while (to > from
                && (Character.isWhitespace(line.charAt(to - 1)) || FRAME_TRAIL.indexOf(line.charAt(to - 1)) >= 0)) {
            to--;
        }
        return line.substring(from, to);
    }

    private static boolean isAllCapitals(String s) {
        return !s.isEmpty() && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    // "[mật]", "(tối mật)": a frame opened before the word; a trailing full stop alone is no frame.
    private static boolean isFramed(String line) {
        return !line.isEmpty() && "[(|*{«".indexOf(line.charAt(0)) >= 0;
    }

    private static boolean startsWithCapital(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    // OCR spaces the letters of a stamp apart ("M Ậ T", "T Ố I  M Ậ T"): compared without spaces.
    private static String stampKey(String stamp) {
        return SPACES.matcher(Folding.fold(stamp)).replaceAll("");
    }

    // Compares folded forms so OCR that lost a diacritic ("MAT", "HOA TOC") still reads, but only on a
    // whole-line stamp, where the folded word cannot be something else.
    private static Optional<Mark<SecrecyLevel>> secrecy(String stamp, double confidence, String evidence) {
        double c = stamp.equals(stamp.toUpperCase(java.util.Locale.ROOT)) && containsMarks(stamp)
                ? confidence
                : confidence - 0.2;
        return switch (stampKey(stamp)) {
            case "tuyetmat" -> Optional.of(new Mark<>(SecrecyLevel.TUYET_MAT, c, evidence));
            case "toimat" -> Optional.of(new Mark<>(SecrecyLevel.TOI_MAT, c, evidence));
            case "mat" -> Optional.of(new Mark<>(SecrecyLevel.MAT, c, evidence));
            default -> Optional.empty();
        };
    }

    private static Optional<Mark<UrgencyLevel>> urgency(String stamp, double confidence, String evidence) {
        double c = containsMarks(stamp) ? confidence : confidence - 0.2;
        return switch (stampKey(stamp)) {
            case "hoatochengio" -> Optional.of(new Mark<>(UrgencyLevel.HOA_TOC_HEN_GIO, c, evidence));
            case "hoatoc" -> Optional.of(new Mark<>(UrgencyLevel.HOA_TOC, c, evidence));
            case "thuongkhan" -> Optional.of(new Mark<>(UrgencyLevel.THUONG_KHAN, c, evidence));
            case "khan" -> Optional.of(new Mark<>(UrgencyLevel.KHAN, c, evidence));
            default -> Optional.empty();
        };
    }

    private static boolean containsMarks(String stamp) {
        return !Folding.fold(stamp).equals(stamp.toLowerCase(java.util.Locale.ROOT));
    }

    private static <L extends Enum<L>> Optional<Mark<L>> higher(Optional<Mark<L>> current, Optional<Mark<L>> found) {
        if (found.isEmpty()) {
            return current;
        }
        if (current.isEmpty() || found.get().level().compareTo(current.get().level()) > 0) {
            return found;
        }
        return current;
    }
}
