package vn.officialmail.classifier.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LegacyEncodingRepairTest {

    @Test
    void repairShouldConvertTcvn3WhenTextWasSetInVnTime() {
        String repaired = LegacyEncodingRepair.repair("Céng hoµ x· héi chñ nghÜa ViÖt Nam\nQuyÕt ®Þnh cña Bé tr­ëng");

        assertThat(repaired).isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam\nQuyết định của Bộ trưởng");
    }

    @Test
    void repairShouldCapitaliseWordsSetInTheCapitalsFont() {
        assertThat(LegacyEncodingRepair.repair("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM"))
                .isEqualTo("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    @Test
    void repairShouldConvertVniWhenTextWasSetInVniTimes() {
        String repaired = LegacyEncodingRepair.repair(
                "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc");

        assertThat(repaired).isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc");
        assertThat(LegacyEncodingRepair.detect("Coäng hoøa xaõ hoäi")).contains(LegacyEncoding.VNI);
        assertThat(LegacyEncodingRepair.detect("Céng hoµ x· héi")).contains(LegacyEncoding.TCVN3);
    }

    @Test
    void repairShouldLeaveUnicodeAndLatinSignsAlone() {
        String unicode = "Quyết định số 15/QĐ-BTP; nhiệt độ 25°C, giá 1.000 × 2 © Bộ Tư pháp";

        assertThat(LegacyEncodingRepair.repair(unicode)).isEqualTo(unicode);
        assertThat(LegacyEncodingRepair.repair("giá cà phê")).isEqualTo("giá cà phê");
        assertThat(LegacyEncodingRepair.detect(unicode)).isEmpty();
        assertThat(LegacyEncodingRepair.repair("")).isEmpty();
    }

    @Test
    void repairShouldConvertOnlyTheLegacyLineWhenAPdfMixesFonts() {
        String mixed = "BỘ TƯ PHÁP\nQuyÕt ®Þnh vÒ viÖc giao chØ tiªu\nHà Nội, ngày 05 tháng 01 năm 2020";

        assertThat(LegacyEncodingRepair.repair(mixed))
                .isEqualTo("BỘ TƯ PHÁP\nQuyết định về việc giao chỉ tiêu\nHà Nội, ngày 05 tháng 01 năm 2020");
    }

    @Test
    void repairShouldRoundTripRandomTextThroughTcvn3AndVni() {
        long seed = RandomVietnamese.seed();
        Random random = new Random(seed);

        for (int i = 0; i < 300; i++) {
            String lower = RandomVietnamese.lowerCase(random, 3 + random.nextInt(20));
            String mixed = RandomVietnamese.mixedCase(random, 3 + random.nextInt(20));

            String tcvn3 = LegacyEncoders.tcvn3(lower);
            String vni = LegacyEncoders.vni(mixed);

            // Legacy text made only of letters that Unicode Vietnamese also uses ("gioát") is ambiguous
            // and is left as it is; everything else must come back.
            if (!LegacyEncodingRepair.detect(tcvn3).isEmpty() || hasStraySign(tcvn3)) {
                assertThat(LegacyEncodingRepair.repair(tcvn3))
                        .as("TCVN3, -Dtests.seed=%d, text '%s'", seed, lower)
                        .isEqualTo(lower);
            }
            if (hasStraySign(vni)) {
                assertThat(LegacyEncodingRepair.repair(vni))
                        .as("VNI, -Dtests.seed=%d, text '%s'", seed, mixed)
                        .isEqualTo(mixed);
            }
        }
    }

    private static boolean hasStraySign(String text) {
        return text.chars().anyMatch(c -> LegacyEncodingRepair.isStraySign((char) c));
    }
}
