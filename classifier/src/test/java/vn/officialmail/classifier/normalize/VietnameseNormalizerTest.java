package vn.officialmail.classifier.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseNormalizerTest {

    @Test
    void normalizeShouldComposeDecomposedInputAndUnifyTonePlacement() {
        String nfd = Normalizer.normalize("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", Normalizer.Form.NFD);

        assertThat(VietnameseNormalizer.normalize(nfd)).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    @Test
    void normalizeShouldRemoveInvisibleCharactersAndUnifyLineEnds() {
        assertThat(VietnameseNormalizer.normalize("\ufeffSố:\u00a015/QĐ-BTP\r\nV/v\u200b góp ý\rdự thảo"))
                .isEqualTo("Số: 15/QĐ-BTP\nV/v góp ý\ndự thảo");
    }

    @Test
    void normalizeShouldRepairLegacyEncodedHeader() {
        assertThat(VietnameseNormalizer.normalize("Céng hoµ x· héi chñ nghÜa ViÖt Nam"))
                .isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam");
    }

    @Test
    void normalizeShouldGiveTheSameTextForNfcAndNfdAndBeIdempotentForRandomText() {
        long seed = RandomVietnamese.seed();
        Random random = new Random(seed);

        for (int i = 0; i < 300; i++) {
            String text = RandomVietnamese.mixedCase(random, 1 + random.nextInt(40));
            String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
            String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);

            String normalized = VietnameseNormalizer.normalize(nfc);

            assertThat(VietnameseNormalizer.normalize(nfd))
                    .as("-Dtests.seed=%d", seed)
                    .isEqualTo(normalized);
            assertThat(VietnameseNormalizer.normalize(normalized)).isEqualTo(normalized);
            assertThat(Normalizer.isNormalized(normalized, Normalizer.Form.NFC)).isTrue();
        }
    }

    @Test
    void normalizeRunningTextShouldJoinPdfWrapsButKeepHeaderLines() {
        String extracted =
                "BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 5615/CT-CS\nHà Nội, ngày 28\ntháng 11 năm 2025\nCăn cứ Luật Ngân\nsách nhà nước;";

        assertThat(VietnameseNormalizer.normalizeRunningText(extracted))
                .isEqualTo("BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 5615/CT-CS\nHà Nội, ngày 28 tháng 11 năm 2025\n"
                        + "Căn cứ Luật Ngân sách nhà nước;");
    }
}
