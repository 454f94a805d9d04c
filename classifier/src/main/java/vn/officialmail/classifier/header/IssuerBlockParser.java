package vn.officialmail.classifier.header;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.officialmail.classifier.normalize.Folding;

/**
 * The issuer block (Decree 30/2020 Appendix I, box 2): the parent body on the first line, the issuing
 * body under it, both in capitals, above the Số line. PDF extraction wraps long names ("HỘI ĐỒNG NHÂN /
 * DÂN / THÀNH PHỐ HÀ NỘI"), so a line starts a new body only when it begins with a word that heads an
 * organisation and the previous line does not end mid-name.
 */
final class IssuerBlockParser {

    private static final List<String> BODY_HEADS = List.of(
            "bo ",
            "cuc ",
            "tong cuc",
            "so ",
            "vu ",
            "van phong",
            "uy ban",
            "hoi dong",
            "ban ",
            "trung tam",
            "chi cuc",
            "phong ",
            "vien ",
            "truong ",
            "quoc hoi",
            "chinh phu",
            "thu tuong",
            "chu tich",
            "toa an",
            "thue ",
            "kho bac",
            "cong an",
            "tinh uy",
            "thanh uy",
            "dang uy",
            "ngan hang",
            "bao hiem",
            "kiem toan",
            "thanh tra",
            "dai hoc",
            "hoc vien",
            "tap doan",
            "tong cong ty",
            "cong ty",
            "lien doan",
            "doan ");
    private static final List<String> OPEN_ENDINGS =
            List.of(" va", " cua", " nhan", " thuong vu", " ve", " thanh", " khu");

    private IssuerBlockParser() {}

    record Issuer(Optional<Field<String>> parent, Optional<Field<String>> issuing) {}

    static Issuer parse(List<String> lines, int end) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < Math.min(end, lines.size()); i++) {
            String line = lines.get(i);
            if (Lines.isNationalTitle(line)) {
                if (!bodies.isEmpty()) {
                    break;
                }
                continue;
            }
            if (line.isEmpty() || Lines.isSeparator(line) || !Lines.isUpperCase(line)) {
                continue;
            }
            String folded = Folding.fold(line) + " ";
            boolean startsBody = BODY_HEADS.stream().anyMatch(folded::startsWith);
            boolean previousOpen = !bodies.isEmpty()
                    && OPEN_ENDINGS.stream().anyMatch(Folding.fold(bodies.get(bodies.size() - 1))::endsWith);
            if (bodies.isEmpty() || (startsBody && !previousOpen)) {
                bodies.add(line);
            } else {
                bodies.set(bodies.size() - 1, bodies.get(bodies.size() - 1) + " " + line);
            }
        }
        if (bodies.isEmpty()) {
            return new Issuer(Optional.empty(), Optional.empty());
        }
        Optional<Field<String>> issuing = Optional.of(
                new Field<>(Lines.collapse(bodies.get(bodies.size() - 1)), bodies.size() <= 2 ? 0.85 : 0.6));
        Optional<Field<String>> parent = bodies.size() >= 2
                ? Optional.of(new Field<>(Lines.collapse(bodies.get(bodies.size() - 2)), 0.75))
                : Optional.empty();
        return new Issuer(parent, issuing);
    }
}
