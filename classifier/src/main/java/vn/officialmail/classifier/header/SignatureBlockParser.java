package vn.officialmail.classifier.header;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signature block (Decree 30/2020 Appendix I, box 7): an authority prefix ({@code TM.} on behalf of
 * a collective, {@code KT.} a deputy signing for the head, {@code Q.} acting, {@code TL.} by order,
 * {@code TUQ.} by authorisation), the position in capitals, then the signer's name.
 */
final class SignatureBlockParser {

    private static final Pattern AUTHORITY = Pattern.compile("^(TM|KT|Q|TL|TUQ)\\s*\\.\\s*(.*)$");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,5}");
    private static final Pattern SIGNED = Pattern.compile("\\(?\\s*[Đđ]ã\\s+ký\\s*\\)?|\\(?[Kk]ý[^)]*\\)|\\[.*]");

    private SignatureBlockParser() {}

    static Optional<Field<Signer>> parse(List<String> lines) {
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (AUTHORITY.matcher(lines.get(i)).matches() && Lines.isUpperCase(lines.get(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        Matcher outer = AUTHORITY.matcher(lines.get(first));
        outer.matches();
        String authority = outer.group(1) + ".";
        String onBehalfOf = outer.group(2).strip();
        int i = first + 1;
        // A nested prefix ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH") names the signer's own authority.
        while (i < lines.size() && AUTHORITY.matcher(lines.get(i)).matches()) {
            Matcher inner = AUTHORITY.matcher(lines.get(i));
            inner.matches();
            authority = inner.group(1) + ".";
            i++;
        }
        StringBuilder position = new StringBuilder();
        Optional<String> name = Optional.empty();
        for (int seen = 0; i < lines.size() && seen < 8; i++, seen++) {
            String line = SIGNED.matcher(lines.get(i)).replaceAll("").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (Lines.isUpperCase(line) && name.isEmpty() && position.length() < 80) {
                position.append(position.isEmpty() ? "" : " ").append(line);
            } else if (NAME.matcher(line).matches()) {
                name = Optional.of(line);
                break;
            } else {
                break;
            }
        }
        Signer signer = new Signer(
                Optional.of(authority),
                Optional.of(onBehalfOf).filter(s -> !s.isEmpty()),
                Optional.of(position.toString()).filter(s -> !s.isEmpty()),
                name);
        return Optional.of(new Field<>(signer, name.isPresent() ? 0.9 : 0.7));
    }
}
