package vn.officialmail.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.officialmail.config.catalogue.CatalogueLoader;

class HeaderEvidenceRemoverTest {

    private final HeaderEvidenceRemover remover = new HeaderEvidenceRemover(CatalogueLoader.loadDefault());

    @Test
    void removeShouldDropTheNumberLineAndTheTitleLine() {
        String text = "BỘ TƯ PHÁP\nSố: 15/QĐ-BTP\nHà Nội, ngày 05 tháng 01 năm 2020\nQUYẾT ĐỊNH\nVề việc thành lập Tổ"
                + " công tác\nĐiều 1. Thành lập";

        String removed = remover.remove(text);

        assertThat(removed)
                .isEqualTo("BỘ TƯ PHÁP\nHà Nội, ngày 05 tháng 01 năm 2020\nVề việc thành lập Tổ công tác\nĐiều 1."
                        + " Thành lập");
    }

    @Test
    void removeShouldDropBothLinesOfAWrappedTitle() {
        String text = "HỘI ĐỒNG NHÂN DÂN\nSố: 55/2025/NQ-HĐND\nNGHỊ\nQUYẾT\nQuy định mức chi";

        String removed = remover.remove(text);

        assertThat(removed).isEqualTo("HỘI ĐỒNG NHÂN DÂN\nQuy định mức chi");
    }

    @Test
    void removeShouldKeepTheTríchYếuGluedToTheTitle() {
        String text = "Số: 12/NQ-HĐND\nNGHỊ QUYẾTVề việc sắp xếp đơn vị hành chính\nCăn cứ Luật";

        String removed = remover.remove(text);

        assertThat(removed).isEqualTo("Về việc sắp xếp đơn vị hành chính\nCăn cứ Luật");
    }

    @Test
    void removeShouldLeaveAMailBodyWithoutHeaderAsItIs() {
        String text = "Kính gửi anh chị,\nEm gửi báo cáo tháng 10.";

        assertThat(remover.remove(text)).isEqualTo(text);
    }
}
