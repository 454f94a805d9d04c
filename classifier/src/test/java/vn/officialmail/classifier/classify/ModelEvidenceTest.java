package vn.officialmail.classifier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.officialmail.classifier.header.DocumentHeader;
import vn.officialmail.classifier.header.HeaderExtractor;
import vn.officialmail.classifier.model.TypeModel;
import vn.officialmail.config.catalogue.CatalogueLoader;
import vn.officialmail.config.catalogue.DocumentTypeCatalogue;

class ModelEvidenceTest {

    private static final DocumentTypeCatalogue CATALOGUE = CatalogueLoader.loadDefault();
    private final ModelEvidence evidence = new ModelEvidence(TypeModel.loadDefault(), CATALOGUE);
    private final HeaderExtractor extractor = new HeaderExtractor(new TypeTitles(CATALOGUE).titles());

    @Test
    void evidenceShouldVoteWithItsProbabilityForAPlainMailBody() {
        String body = "Gửi anh chị báo cáo tháng 10 về tình hình giải quyết hồ sơ của phòng.";

        var votes = evidence.evidence(new DocumentText("", body), extractor.extract(body));

        assertThat(votes).singleElement().satisfies(e -> {
            assertThat(e.typeId()).isEqualTo("bao-cao");
            assertThat(e.weight()).isBetween(ModelEvidence.MIN_PROBABILITY, ModelEvidence.MAX_WEIGHT);
            assertThat(e.reason()).startsWith("Mô hình thống kê (n-gram của nội dung) nghiêng về Báo cáo");
        });
    }

    @Test
    void evidenceShouldStayWeakWhenTheTextHasItsOwnHeader() {
        String body = "Số: 12/BC-UBND\nBÁO CÁO\nKết quả thực hiện tháng 10 về tình hình giải quyết hồ sơ.";
        DocumentHeader header = extractor.extract(body);

        var votes = evidence.evidence(new DocumentText("", body), header);

        assertThat(votes).allSatisfy(e -> assertThat(e.weight()).isLessThanOrEqualTo(ModelEvidence.WEIGHT_WITH_HEADER));
    }

    @Test
    void evidenceShouldNotVoteForANonDocument() {
        String body = "Trưa nay phòng mình đi ăn cơm ở quán đầu ngõ nhé.";

        var votes = evidence.evidence(new DocumentText("Ăn trưa", body), extractor.extract(body));

        assertThat(votes).isEmpty();
    }
}
