package vn.officialmail.gateway.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;

/**
 * The channel verdict for one recipient as the message record keeps it.
 *
 * @param address the recipient
 * @param channel {@code OFFICIAL}, {@code OFFICIAL_UNIT_MAILBOX} or {@code NON_OFFICIAL}
 * @param direction from the sender to this recipient, seen from the agency
 * @param unitCode the recipient's unit when the directory knows the mailbox
 * @param reason why, in Vietnamese
 */
public record RecipientJudgement(
        String address, String channel, String direction, Optional<String> unitCode, String reason) {

    /** What the column holds at most; recipients past it are summarised by the envelope alone. */
    static final int MAX_STORED = 60_000;

    /** One line per recipient, fields separated by tabs (neither can occur inside a field). */
    static String encode(List<RecipientJudgement> judgements) {
        StringBuilder out = new StringBuilder();
        for (RecipientJudgement j : judgements) {
            String line = String.join(
                    "\t",
                    clean(j.address()),
                    clean(j.channel()),
                    clean(j.direction()),
                    j.unitCode().map(RecipientJudgement::clean).orElse(""),
                    StringUtils.truncate(clean(j.reason()), 500));
            if (out.length() + line.length() + 1 > MAX_STORED) {
                break;
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(line);
        }
        return out.toString();
    }

    static List<RecipientJudgement> decode(String stored) {
        List<RecipientJudgement> judgements = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return judgements;
        }
        for (String line : stored.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length == 5) {
                judgements.add(new RecipientJudgement(
                        f[0], f[1], f[2], f[3].isEmpty() ? Optional.empty() : Optional.of(f[3]), f[4]));
            }
        }
        return judgements;
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
