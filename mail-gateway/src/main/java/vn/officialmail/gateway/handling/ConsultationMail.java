package vn.officialmail.gateway.handling;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.officialmail.classifier.normalize.Folding;

/**
 * A request for comments written as an e-mail to the gateway: the subject starts with "[Lấy ý
 * kiến]", the body has a line "Hạn góp ý: dd/mm/yyyy" and, optionally, "Đơn vị góp ý: VP, PC, …"
 * (unit codes or abbreviations; without it, the units whose shared mailboxes the mail is addressed
 * to). Read without diacritics and in any case, so "[LAY Y KIEN]" and "han gop y" count too.
 *
 * @param title the subject without the tag
 * @param deadline the deadline, when the body names a valid one
 * @param units the units named in the body
 */
public record ConsultationMail(String title, Optional<LocalDate> deadline, List<String> units) {

    private static final Pattern TAG = Pattern.compile("^\\s*\\[\\s*lay y kien\\s*\\]");
    private static final Pattern DEADLINE =
            Pattern.compile("han gop y\\s*:?\\s*(?:ngay\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern UNITS = Pattern.compile("(?m)^\\s*don vi (?:gop y|duoc lay y kien)\\s*:(.*)$");

    /** Whether the subject asks for comments (and is not a reply or a notice of the gateway, which carry "#n"). */
    public static boolean isRequest(String subject) {
        return TAG.matcher(Folding.fold(subject)).find();
    }

    /** Reads the request; empty when the subject is not one. */
    public static Optional<ConsultationMail> read(String subject, String body) {
        String nfcSubject = Normalizer.normalize(subject, Normalizer.Form.NFC);
        if (!isRequest(nfcSubject)) {
            return Optional.empty();
        }
        String title = nfcSubject.substring(nfcSubject.indexOf(']') + 1).strip();
        String nfcBody = Normalizer.normalize(body, Normalizer.Form.NFC);
        String folded = Folding.fold(nfcBody);
        Optional<LocalDate> deadline = Optional.empty();
        Matcher date = DEADLINE.matcher(folded);
        if (date.find()) {
            try {
                deadline = Optional.of(LocalDate.of(
                        Integer.parseInt(date.group(3)),
                        Integer.parseInt(date.group(2)),
                        Integer.parseInt(date.group(1))));
            } catch (DateTimeException e) {
                deadline = Optional.empty();
            }
        }
        List<String> units = List.of();
        // Codes keep their case: read them from the original line, which folding keeps line for line.
        Matcher line = UNITS.matcher(folded);
        if (line.find()) {
            String original = nfcBody.lines()
                    .filter(l -> UNITS.matcher(Folding.fold(l)).find())
                    .findFirst()
                    .orElse("");
            String list = original.substring(original.indexOf(':') + 1);
            units = Arrays.stream(list.split("[,;]"))
                    .map(String::strip)
                    .filter(u -> !u.isEmpty())
                    .limit(Consultations.MAX_UNITS + 1)
                    .toList();
        }
        return Optional.of(new ConsultationMail(title, deadline, units));
    }
}
