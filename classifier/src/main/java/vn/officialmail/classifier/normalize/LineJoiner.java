package vn.officialmail.classifier.normalize;

/**
 * Undoes the line breaks of PDF extraction: a line that wraps in mid-sentence is joined to the next
 * ("Hà Nội, ngày 26 / tháng 11 năm 2025"), and a word hyphenated at the end of a line is rejoined.
 *
 * <p>A break is a wrap when the line does not end a sentence or a clause and the next line starts with
 * a lower-case letter; a Vietnamese line never starts a new sentence in lower case. Vietnamese words are
 * spaced syllables, so a hyphen at a line end is rarely a cut word: only the PDF writer's soft hyphen
 * is removed. Capitalised lines are left alone: the header's issuer, national title and type title are
 * separate lines on purpose.
 */
public final class LineJoiner {

    private LineJoiner() {}

    /** The text with wrapped lines joined by one space and hyphenated words rejoined. */
    public static String join(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        boolean joined = false;
        for (int i = 0; i < lines.length; i++) {
            String line = joined ? lines[i].stripLeading() : lines[i];
            if (i == lines.length - 1) {
                out.append(line);
                break;
            }
            String trimmed = line.stripTrailing();
            String next = lines[i + 1].stripLeading();
            joined = startsLowerCase(next);
            if (joined && endsWithHyphenation(trimmed)) {
                // The writer's hyphen goes; a typed "-" joining two syllables ("kinh tế-xã hội") stays.
                boolean typed = trimmed.endsWith("-");
                out.append(trimmed, 0, trimmed.length() - (typed ? 0 : 1));
            } else if (joined && !trimmed.isEmpty() && !endsClause(trimmed)) {
                out.append(trimmed).append(' ');
            } else {
                joined = false;
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    // A soft hyphen or U+2010 at the end of a line is the PDF writer's hyphenation; a plain "-" right
    // after a letter cuts a hyphenated compound. "kinh tế -" (with a space) is a dash: a normal break.
    private static boolean endsWithHyphenation(String line) {
        if (line.length() < 2) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        char before = line.charAt(line.length() - 2);
        return last == '\u00ad' || last == '\u2010' || (last == '-' && Character.isLetter(before));
    }

    private static boolean endsClause(String line) {
        char last = line.charAt(line.length() - 1);
        return ".:;!?".indexOf(last) >= 0;
    }

    private static boolean startsLowerCase(String line) {
        return !line.isEmpty() && Character.isLowerCase(line.charAt(0));
    }
}
