package vn.officialmail.classifier.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.officialmail.classifier.classify.DocumentClassifier;
import vn.officialmail.classifier.marking.SecrecyLevel;
import vn.officialmail.config.catalogue.CatalogueLoader;

class MessageClassifierTest {

    private static final DocumentClassifier CLASSIFIER =
            DocumentClassifier.withRulesAndModel(CatalogueLoader.loadDefault());
    private static final String GIAY_MOI =
            """
            UBND HUYỆN ĐAN PHƯỢNG
            VĂN PHÒNG HĐND VÀ UBND
            Số: 21/GM-VP
            Đan Phượng, ngày 04 tháng 11 năm 2025
            GIẤY MỜI
            Họp triển khai công tác chuyển đổi số
            Văn phòng trân trọng kính mời lãnh đạo các phòng dự họp.
            Thời gian: 8 giờ 00 ngày 10/11/2025. Địa điểm: Phòng họp số 1.
            """;
    private static final String BAO_CAO =
            """
            SỞ NỘI VỤ
            Số: 310/BC-SNV
            Hà Nội, ngày 01 tháng 11 năm 2025
            BÁO CÁO
            Kết quả chuyển đổi số quý III năm 2025
            """;

    private final MessageClassifier messages = new MessageClassifier(CLASSIFIER);

    @Test
    void classifyShouldLetAnAttachmentWithACleanHeaderDecideOverAVagueBody() {
        MailContent mail =
                new MailContent("Tài liệu", "Em gửi anh chị tài liệu ạ.", List.of(new Attachment("gm.pdf", GIAY_MOI)));

        MessageClassification result = messages.classify(mail);

        assertThat(result.typeId()).isEqualTo("giay-moi");
        assertThat(result.decidingAttachment()).contains("gm.pdf");
        assertThat(result.reasons().get(0)).startsWith("Tệp đính kèm «gm.pdf» có đầu văn bản theo Nghị định 30/2020");
    }

    @Test
    void classifyShouldPickTheAttachmentTheBodyNamesAmongSeveral() {
        MailContent mail = new MailContent(
                "Giấy mời họp chuyển đổi số",
                "Kính gửi các phòng, Văn phòng gửi kèm giấy mời họp và báo cáo để nghiên cứu trước.",
                List.of(new Attachment("bao-cao.pdf", BAO_CAO), new Attachment("giay-moi.pdf", GIAY_MOI)));

        MessageClassification result = messages.classify(mail);

        assertThat(result.typeId()).isEqualTo("giay-moi");
        assertThat(result.decidingAttachment()).contains("giay-moi.pdf");
        assertThat(result.reasons()).contains("Tệp đính kèm khác «bao-cao.pdf»: Báo cáo");
        assertThat(result.confidence()).isGreaterThan(0.9);
    }

    @Test
    void classifyShouldKeepTheHeaderTypeAndSayWhyWhenTheBodyDisagrees() {
        MailContent mail = new MailContent(
                "", "Gửi anh chị báo cáo tháng 10 của phòng.", List.of(new Attachment("gm.pdf", GIAY_MOI)));

        MessageClassification result = messages.classify(mail);

        assertThat(result.typeId()).isEqualTo("giay-moi");
        assertThat(result.body().typeId()).isEqualTo("bao-cao");
        assertThat(result.reasons())
                .anyMatch(r -> r.startsWith("Dấu hiệu trái chiều: nội dung thư nghiêng về Báo cáo"));
    }

    @Test
    void classifyShouldUseTheBodyWhenNoAttachmentHasAHeader() {
        MailContent mail = new MailContent(
                "Báo cáo tháng 10", "Gửi anh chị báo cáo tháng 10 về tiếp nhận hồ sơ trực tuyến.", List.of());

        MessageClassification result = messages.classify(mail);

        assertThat(result.typeId()).isEqualTo("bao-cao");
        assertThat(result.decidingAttachment()).isEmpty();
        assertThat(result.reasons().get(0)).startsWith("Nội dung thư: Báo cáo");
    }

    @Test
    void classifyShouldBeUnclassifiedWithAReasonWhenNothingIsADocument() {
        MailContent mail = new MailContent(
                "Ăn trưa", "Trưa nay phòng mình đi ăn ở quán đầu ngõ nhé.", List.of(new Attachment("anh.jpg", "")));

        MessageClassification result = messages.classify(mail);

        assertThat(result.isClassified()).isFalse();
        assertThat(result.typeId()).isEqualTo("unclassified");
        assertThat(result.reasons()).containsExactly("Không phần nào của thư có đủ dấu hiệu tên loại văn bản");
    }

    @Test
    void classifyShouldCarryTheHighestSecrecyMarkOfAnyAttachment() {
        MailContent mail = new MailContent(
                "Tài liệu", "Gửi anh tài liệu.", List.of(new Attachment("mat.pdf", "TỐI MẬT\n" + BAO_CAO)));

        MessageClassification result = messages.classify(mail);

        assertThat(result.markings().isSecret()).isTrue();
        assertThat(result.markings().secrecy().orElseThrow().level()).isEqualTo(SecrecyLevel.TOI_MAT);
    }

    @Test
    void constructorShouldRefuseAThresholdOutsideZeroToOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MessageClassifier(CLASSIFIER, 1.5))
                .withMessage("threshold must be between 0 and 1: 1.5");
    }
}
