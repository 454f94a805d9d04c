package vn.officialmail.classifier.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.officialmail.config.catalogue.CatalogueLoader;
import vn.officialmail.config.catalogue.DocumentTypeCatalogue;

class DocumentClassifierTest {

    private static final DocumentTypeCatalogue CATALOGUE = CatalogueLoader.loadDefault();
    private final DocumentClassifier classifier = DocumentClassifier.withRules(CATALOGUE);

    @Test
    void classifyShouldAgreeTitleAndSymbolWithVietnameseReasons() {
        Classification result = classifier.classify(
                DocumentText.of("Số: 15/QĐ-BTP\nHà Nội, ngày 05 tháng 01 năm 2020\nQUYẾT ĐỊNH\nVề việc"));

        assertThat(result.typeId()).isEqualTo("quyet-dinh");
        assertThat(result.typeName()).contains("Quyết định");
        assertThat(result.confidence()).isGreaterThan(0.95);
        assertThat(result.reasons())
                .containsExactly(
                        "Dòng tên loại văn bản: «QUYẾT ĐỊNH»",
                        "Ký hiệu «15/QĐ-BTP» mở đầu bằng chữ viết tắt «QĐ» của Quyết định");
        assertThat(result.normative()).isFalse();
    }

    @Test
    void classifyShouldTellCongVanFromChiThiWhenTheIssuerAbbreviationLooksLikeAType() {
        Classification result = classifier.classify(
                DocumentText.of("CỤC THUẾ\nSố: 5615/CT-CS\nV/v Mẫu tờ khai\nHà Nội, ngày 28 tháng 11 năm 2025"));

        assertThat(result.typeId()).isEqualTo("cong-van");
        assertThat(result.reasons().get(0)).startsWith("Trích yếu đặt sau «V/v»");
    }

    @Test
    void classifyShouldBeUnclassifiedWithAReasonWhenThereIsNoEvidence() {
        Classification result = classifier.classify(DocumentText.of("Chào anh, chiều nay họp nhé."));

        assertThat(result.isClassified()).isFalse();
        assertThat(result.typeId()).isEqualTo(Classification.UNCLASSIFIED);
        assertThat(result.reasons()).containsExactly("Không tìm thấy dấu hiệu tên loại văn bản");
    }

    @Test
    void classifyShouldLowerConfidenceAndSayWhyWhenTitleAndSymbolDisagree() {
        Classification result = classifier.classify(DocumentText.of("Số: 12/TB-UBND\nKẾ HOẠCH\nTriển khai"));

        assertThat(result.typeId()).isEqualTo("ke-hoach");
        assertThat(result.confidence()).isLessThan(0.6);
        assertThat(result.reasons()).anyMatch(r -> r.startsWith("Dấu hiệu trái chiều: Ký hiệu «12/TB-UBND»"));
    }

    @Test
    void classifyShouldSendWeakEvidenceToReviewBelowTheThreshold() {
        DocumentClassifier strict = new DocumentClassifier(CATALOGUE, List.of(), 0.7);

        Classification result = strict.classify(DocumentText.of("Số: 12/TB-UBND\nKẾ HOẠCH\nTriển khai"));

        assertThat(result.isClassified()).isFalse();
        assertThat(result.reasons().get(0)).contains("dưới ngưỡng 0.70: chuyển văn thư xem xét");
    }

    @Test
    void classifyShouldUseTheMailSubjectWhenTheBodyHasNoHeaderAndAddCategories() {
        Classification result = classifier.classify(
                new DocumentText("Giấy mời họp giao ban tuần", "Kính mời anh chị dự họp lúc 8 giờ 30."));

        assertThat(result.typeId()).isEqualTo("giay-moi");
        assertThat(result.categories()).contains("meeting-invitation");
    }

    @Test
    void constructorShouldRejectAThresholdOutsideZeroToOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DocumentClassifier(CATALOGUE, List.of(), 1.5))
                .withMessage("threshold must be between 0 and 1: 1.5");
    }

    @Test
    void classifyShouldTypeAPlainMailBodyWithTheModelWhenThereIsNoHeaderNorSubject() {
        DocumentClassifier withModel = DocumentClassifier.withRulesAndModel(CATALOGUE);

        Classification result =
                withModel.classify(DocumentText.of("Gửi anh chị báo cáo tháng 10 về tình hình tiếp nhận hồ sơ."));

        assertThat(result.typeId()).isEqualTo("bao-cao");
        assertThat(result.reasons().get(0)).startsWith("Mô hình thống kê");
    }

    @Test
    void classifyShouldKeepTheHeaderDecisionWhenTheModelDisagrees() {
        DocumentClassifier withModel = DocumentClassifier.withRulesAndModel(CATALOGUE);

        Classification result = withModel.classify(DocumentText.of(
                "Số: 07/GM-UBND\nGIẤY MỜI\nGửi anh chị báo cáo tháng 10 về tình hình tiếp nhận hồ sơ."));

        assertThat(result.typeId()).isEqualTo("giay-moi");
        assertThat(result.confidence()).isGreaterThan(0.8);
    }

    @Test
    void classifyShouldIgnoreATypeNamedInsideTheSubject() {
        Classification result = classifier.classify(new DocumentText("Góp ý dự thảo Quy chế chi tiêu", "Chào anh."));

        assertThat(result.isClassified()).isFalse();
    }
}
