package vn.officialmail.classifier.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
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

    // The table-driven fast path must agree with the NFD reference rule on any text.
    @Test
    void foldShouldAgreeWithTheReferenceRuleOnRandomText() {
        long seed = RandomVietnamese.seed();
        Random random = new Random(seed);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder(RandomVietnamese.mixedCase(random, 1 + random.nextInt(6)));
            for (int k = random.nextInt(4); k > 0; k--) {
                text.append((char) random.nextInt(0x2100));
            }
            String input = random.nextBoolean() ? text.toString() : Normalizer.normalize(text, Normalizer.Form.NFD);

            assertThat(Folding.fold(input)).as("seed %d, input %s", seed, input).isEqualTo(Folding.slowFold(input));
        }
    }

    @Test
    void foldShouldTakeTheReferenceRuleForCharactersOutsideTheTable() {
        assertThat(Folding.fold("Ｇiấy ﬁ 가")).isEqualTo(Folding.slowFold("Ｇiấy ﬁ 가"));
        assertThat(Folding.fold("İstanbul")).isEqualTo("istanbul");
    }
}
