package vn.officialmail.classifier.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.officialmail.classifier.header.DocumentHeader;
import vn.officialmail.classifier.header.Field;
import vn.officialmail.classifier.header.NumberSymbol;
import vn.officialmail.classifier.normalize.Folding;
import vn.officialmail.config.catalogue.DocumentType;
import vn.officialmail.config.catalogue.DocumentTypeCatalogue;

/**
 * Evidence from the document's own header (Decree 30/2020 Art. 8–9, Appendix I): the type title line
 * and the type abbreviation that opens the symbol are strong; a "V/v" subject, or a symbol without a
 * type abbreviation and no title line, mark a công văn; the mail subject naming a type is weak.
 */
final class HeaderRules implements EvidenceSource {

    static final String CONG_VAN = "cong-van";
    static final String CONSOLIDATED = "van-ban-hop-nhat";

    // Reply/forward markers, "V/v", and verbs of sending that may stand before the type name.
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SUBJECT_PREFIX =
            Pattern.compile("^(?:(?:re|fw|fwd|tl|tr|v v|vv|em|xin|kinh)\\s+)*(?:gui lai|gui|nop|chuyen)?\\s*");

    private final DocumentTypeCatalogue catalogue;
    private final TypeTitles titles;

    HeaderRules(DocumentTypeCatalogue catalogue, TypeTitles titles) {
        this.catalogue = catalogue;
        this.titles = titles;
    }

    @Override
    public List<Evidence> evidence(DocumentText text, DocumentHeader header) {
        List<Evidence> evidence = new ArrayList<>();
        Optional<DocumentType> titled = header.titleLine().flatMap(t -> titles.byTitle(t.value()));
        if (isConsolidated(header)) {
            // A consolidated text (văn bản hợp nhất) keeps the title line of the text it consolidates.
            evidence.add(new Evidence(
                    CONSOLIDATED,
                    0.95,
                    "Ký hiệu «" + header.numberSymbol().orElseThrow().value().text()
                            + "» có «VBHN»: văn bản hợp nhất (giữ dòng tên loại của văn bản gốc)"));
            return evidence;
        }
        titled.ifPresent(type -> evidence.add(new Evidence(
                type.id(),
                header.titleLine().map(Field::confidence).orElse(0.0) >= 0.9 ? 0.9 : 0.75,
                "Dòng tên loại văn bản: «" + header.titleLine().orElseThrow().value() + "»")));
        header.numberSymbol().map(Field::value).ifPresent(number -> symbolEvidence(number, header, titled, evidence));
        if (header.subjectIsVv() && titled.isEmpty()) {
            evidence.add(
                    new Evidence(CONG_VAN, 0.85, "Trích yếu đặt sau «V/v», không có dòng tên loại: bố cục công văn"));
        }
        subjectEvidence(text.subject()).ifPresent(evidence::add);
        return evidence;
    }

    private boolean isConsolidated(DocumentHeader header) {
        return catalogue.type(CONSOLIDATED).isPresent()
                && header.numberSymbol()
                        .map(n -> n.value().firstGroup().equals("VBHN"))
                        .orElse(false);
    }

    private void symbolEvidence(
            NumberSymbol number, DocumentHeader header, Optional<DocumentType> titled, List<Evidence> evidence) {
        Optional<DocumentType> abbreviated = catalogue.byAbbreviation(number.firstGroup());
        if (abbreviated.isPresent()) {
            DocumentType type = abbreviated.get();
            // "5615/CT-CS" with V/v and no title is a công văn of Cục Thuế (CT), not a Chỉ thị.
            boolean looksLikeCongVan = titled.isEmpty() && header.subjectIsVv();
            evidence.add(new Evidence(
                    type.id(),
                    looksLikeCongVan ? 0.4 : 0.8,
                    "Ký hiệu «" + number.text() + "» mở đầu bằng chữ viết tắt «" + number.firstGroup() + "» của "
                            + type.name() + (looksLikeCongVan ? ", nhưng văn bản không có dòng tên loại" : "")));
        } else if (titled.isEmpty()) {
            evidence.add(new Evidence(
                    CONG_VAN,
                    0.6,
                    "Ký hiệu «" + number.text() + "» không có chữ viết tắt tên loại và không có dòng tên loại:"
                            + " dạng ký hiệu công văn"));
        }
    }

    // Only a type name that opens the subject (after "Re:", "Fwd:", "V/v", or a verb of sending) names the
    // mail's own type: in "Góp ý dự thảo Quy chế" or "Trình phê duyệt kế hoạch mua sắm" it names another
    // document (found on the written training e-mails).
    private Optional<Evidence> subjectEvidence(String subject) {
        String folded = NON_WORD.matcher(Folding.fold(subject)).replaceAll(" ").strip();
        folded = SUBJECT_PREFIX.matcher(folded).replaceFirst("") + " ";
        DocumentType best = null;
        String bestTitle = "";
        for (String title : titles.titles()) {
            String foldedTitle = Folding.fold(title);
            if (foldedTitle.length() > bestTitle.length() && folded.startsWith(foldedTitle + " ")) {
                best = titles.byTitle(title).orElseThrow();
                bestTitle = foldedTitle;
            }
        }
        if (best == null || bestTitle.length() < 4) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(best.id(), 0.5, "Tiêu đề thư mở đầu bằng tên loại «" + best.name() + "»"));
    }
}
