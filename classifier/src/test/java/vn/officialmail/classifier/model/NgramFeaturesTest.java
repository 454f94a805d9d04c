package vn.officialmail.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NgramFeaturesTest {

    private final NgramFeatures features = new NgramFeatures(16);

    @Test
    void extractShouldGiveTheSameFeaturesWithAndWithoutDiacritics() {
        SparseVector accented = features.extract("Giấy mời họp", "Kính mời đồng chí dự họp");
        SparseVector typed = features.extract("giay moi hop", "kinh moi dong chi du hop");

        assertThat(sorted(accented.index())).isEqualTo(sorted(typed.index()));
    }

    @Test
    void extractShouldGiveTheSameFeaturesForDecomposedInput() {
        String nfc = "Báo cáo tháng 10 của Đoàn";

        SparseVector composed = features.extract("", nfc);
        SparseVector decomposed = features.extract("", Normalizer.normalize(nfc, Normalizer.Form.NFD));

        assertThat(sorted(composed.index())).isEqualTo(sorted(decomposed.index()));
    }

    @Test
    void extractShouldFoldDigitsSoThatNumbersAreNotVocabulary() {
        SparseVector october = features.extract("", "báo cáo tháng 10 năm 2025");
        SparseVector november = features.extract("", "báo cáo tháng 11 năm 2024");

        assertThat(sorted(october.index())).isEqualTo(sorted(november.index()));
    }

    @Test
    void extractShouldReturnAUnitVector() {
        SparseVector x = features.extract("Tờ trình", "Kính trình Giám đốc xem xét, phê duyệt dự toán.");

        double norm = 0;
        for (float v : x.value()) {
            norm += v * v;
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void extractShouldReturnNothingForEmptyText() {
        SparseVector x = features.extract("", "");

        assertThat(x.size()).isZero();
    }

    @Test
    void extractShouldReadOnlyTheHeadAndTailOfALongBody() {
        String head = "Báo cáo tháng 10 ".repeat(200);
        String tail = " Nơi nhận: Lưu VT".repeat(100);

        SparseVector withMiddle = features.extract("", head + "xyzzy ".repeat(1_000) + tail);
        SparseVector other = features.extract("", head + "plugh ".repeat(1_000) + tail);

        assertThat(sorted(withMiddle.index())).isEqualTo(sorted(other.index()));
    }

    // The subject is read whole: a huge one must grow the counting table, and counts must survive it.
    @Test
    void extractShouldCountEveryFeatureOfAVeryLongSubject() {
        java.util.Random random = new java.util.Random(42);
        StringBuilder subject = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            subject.append((char) ('a' + random.nextInt(26)));
            if (random.nextInt(6) == 0) {
                subject.append(' ');
            }
        }

        SparseVector once = features.extract(subject.toString(), "");
        SparseVector again = features.extract(subject.toString(), "");

        assertThat(once.size()).isGreaterThan(20_000);
        assertThat(again.index()).isEqualTo(once.index());
        assertThat(again.value()).isEqualTo(once.value());
    }

    private static int[] sorted(int[] index) {
        int[] copy = index.clone();
        Arrays.sort(copy);
        return copy;
    }
}
