package vn.officialmail.classifier.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ToneMarksTest {

    @Test
    void canonicalShouldPutTheToneOnTheFirstVowelOfOpenOaOeUy() {
        assertThat(ToneMarks.canonical("Cộng hoà")).isEqualTo("Cộng hòa");
        assertThat(ToneMarks.canonical("HOẢ TỐC")).isEqualTo("HỎA TỐC");
        assertThat(ToneMarks.canonical("thuỷ lợi, khoẻ, Uỷ ban, tuỳ")).isEqualTo("thủy lợi, khỏe, Ủy ban, tùy");
    }

    @Test
    void canonicalShouldKeepSyllablesWhoseToneEveryConventionPlacesAlike() {
        String text = "hoàn thành khoảng quý quả thuyền HOẠCH toàn quyết";

        assertThat(ToneMarks.canonical(text)).isEqualTo(text);
        assertThat(ToneMarks.canonical("")).isEmpty();
    }

    @Test
    void canonicalShouldAgreeOnBothPlacementsAndBeIdempotentForRandomText() {
        long seed = RandomVietnamese.seed();
        Random random = new Random(seed);

        for (int i = 0; i < 500; i++) {
            long syllableSeed = random.nextLong();
            StringBuilder first = new StringBuilder();
            StringBuilder second = new StringBuilder();
            Random a = new Random(syllableSeed);
            Random b = new Random(syllableSeed);
            for (int s = 0; s < 12; s++) {
                first.append(RandomVietnamese.syllable(a, true)).append(' ');
                second.append(RandomVietnamese.syllable(b, false)).append(' ');
            }

            String canonical = ToneMarks.canonical(second.toString());

            assertThat(canonical).as("-Dtests.seed=%d", seed).isEqualTo(first.toString());
            assertThat(ToneMarks.canonical(canonical)).isEqualTo(canonical);
        }
    }
}
