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

        assertThat(LegacyEncodingRepair.repair(unicode)).isSameAs(unicode);
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

            assertThat(LegacyEncodingRepair.repair(LegacyEncoders.tcvn3(lower)))
                    .as("TCVN3, -Dtests.seed=%d, text '%s'", seed, lower)
                    .isEqualTo(lower);
            String vni = LegacyEncoders.vni(mixed);
            // VNI text made only of letters that Unicode Vietnamese also uses ("gioát") is ambiguous and
            // is left as it is; everything else must come back.
            if (vni.chars().anyMatch(c -> LegacyEncodingRepair.isStraySign((char) c))) {
                assertThat(LegacyEncodingRepair.repair(vni))
                        .as("VNI, -Dtests.seed=%d, text '%s'", seed, mixed)
                        .isEqualTo(mixed);
            }
        }
    }
}
