package vn.officialmail.classifier.header;

import java.util.List;
import java.util.regex.Pattern;
import vn.officialmail.classifier.normalize.Folding;

/** Small predicates on the trimmed lines of a normalised document. */
final class Lines {

    private static final Pattern SEPARATOR = Pattern.compile("[-_=*.–—\\s]{3,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Lines() {}

    static List<String> of(String text) {
        return text.lines().map(String::strip).toList();
    }

    /** A rule drawn under the issuer or the national title: "-------", "_____". */
    static boolean isSeparator(String line) {
        return SEPARATOR.matcher(line).matches();
    }

    /** Has letters, and all of them are capitals. */
    static boolean isUpperCase(String line) {
        boolean letters = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    /** The national title or motto, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc". */
    static boolean isNationalTitle(String line) {
        String folded = Folding.fold(line);
        return folded.startsWith("cong hoa xa hoi")
                || folded.startsWith("chu nghia viet nam")
                || folded.startsWith("doc lap")
                || folded.equals("cong hoa");
    }

    static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    static String join(List<String> lines, int from, int to) {
        return collapse(String.join(" ", lines.subList(Math.max(0, from), Math.min(lines.size(), to))));
    }

    static boolean startsWithFolded(String line, String foldedPrefix) {
        // Folding never lengthens text; twice the prefix leaves room for decomposed marks.
        int reach = 2 * foldedPrefix.length() + 4;
        return Folding.fold(line.length() > reach ? line.substring(0, reach) : line)
                .startsWith(foldedPrefix);
    }
}
