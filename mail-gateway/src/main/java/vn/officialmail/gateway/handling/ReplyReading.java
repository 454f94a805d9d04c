package vn.officialmail.gateway.handling;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import vn.officialmail.classifier.normalize.Folding;

/**
 * What a reply to an assignment notice says: done ("đã xong", "hoàn thành", with the number and
 * symbol of the answering document when it names one), returned ("trả lại"), or progress. Only the
 * writer's own text counts: quoted lines and the quoted original below "… wrote:" are cut off, so
 * the notice's own instructions ("trả lời Đã xong …") never read as an answer.
 *
 * @param status DONE, RETURNED or IN_PROGRESS
 * @param note the writer's own text, shortened
 * @param answer the number and symbol of the answering document
 */
public record ReplyReading(HandlingStatus status, Optional<String> note, Optional<String> answer) {

    static final int MAX_NOTE = 1000;

    private static final Pattern QUOTE_HEADER =
            Pattern.compile("^(>|on .+ wrote:?$|vao .+ da viet:?$|-{2,} ?(original message|thu goc|forwarded message)|"
                    + "(from|tu|nguoi gui): .+@)");
    private static final List<String> NOT_DONE = List.of("chua xong", "chua hoan thanh", "khong hoan thanh");
    private static final List<String> DONE = List.of("da xong", "hoan thanh", "da giai quyet xong", "xong roi");
    private static final List<String> RETURNED = List.of("tra lai van ban", "xin tra lai", "de nghi tra lai");
    /** "số 45/BTP-VP", "Số: 12/2026/QĐ-UBND": a number, an optional year, a symbol starting with a letter. */
    private static final Pattern NUMBER_SYMBOL =
            Pattern.compile("(?iu)\\bsố\\s*:?\\s*(\\d{1,7}(?:/\\d{4})?/\\p{L}[\\p{L}\\d.&-]*)");

    /** Reads a reply body; {@code classified} is the number/symbol the classifier found in the reply's document. */
    public static ReplyReading of(String body, Optional<String> classified) {
        String own = ownText(Normalizer.normalize(body, Normalizer.Form.NFC));
        String folded = Folding.fold(own);
        boolean notDone = NOT_DONE.stream().anyMatch(folded::contains);
        HandlingStatus status;
        if (!notDone && DONE.stream().anyMatch(folded::contains)) {
            status = HandlingStatus.DONE;
        } else if (RETURNED.stream().anyMatch(folded::contains)) {
            status = HandlingStatus.RETURNED;
        } else {
            status = HandlingStatus.IN_PROGRESS;
        }
        Optional<String> answer = Optional.empty();
        if (status == HandlingStatus.DONE) {
            Matcher matcher = NUMBER_SYMBOL.matcher(own);
            answer = matcher.find()
                    ? Optional.of(StringUtils.stripEnd(matcher.group(1), ".-"))
                    : classified.filter(s -> !s.isBlank());
        }
        String note = own.strip().replaceAll("\\s+", " ");
        return new ReplyReading(
                status, Optional.of(StringUtils.abbreviate(note, MAX_NOTE)).filter(n -> !n.isEmpty()), answer);
    }

    /** The lines above the first quoted line or quote header. */
    static String ownText(String body) {
        List<String> own = new ArrayList<>();
        for (String line : body.split("\\R", -1)) {
            if (QUOTE_HEADER.matcher(Folding.fold(line.strip())).find()) {
                break;
            }
            own.add(line);
        }
        return String.join("\n", own);
    }
}
