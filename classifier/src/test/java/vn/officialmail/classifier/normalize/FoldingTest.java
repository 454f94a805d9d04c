package vn.officialmail.classifier.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void foldShouldRemoveMarksFoldDAndLowerCase() {
        assertThat(Folding.fold("Giấy mời họp")).isEqualTo("giay moi hop");
        assertThat(Folding.fold("ĐƠN đề nghị")).isEqualTo("don de nghi");
        assertThat(Folding.fold("QUYẾT ĐỊNH")).isEqualTo("quyet dinh");
    }

    @Test
    void foldShouldGiveTheSameResultForDecomposedInput() {
        assertThat(Folding.fold(Normalizer.normalize("Tờ trình", Normalizer.Form.NFD)))
                .isEqualTo("to trinh");
        assertThat(Folding.fold("mo\u0301i")).isEqualTo("moi");
        assertThat(Folding.fold("")).isEmpty();
    }
}
