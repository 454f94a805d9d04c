package vn.officialmail.classifier.marking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkingDetectorTest {

    @Test
    void detectShouldReadSecrecyStampOnItsOwnLine() {
        Markings markings = MarkingDetector.detect("BỘ CÔNG AN\nSố: 15/BC-BCA\nTỐI MẬT\nBÁO CÁO");

        assertThat(markings.secrecy().map(Mark::level)).contains(SecrecyLevel.TOI_MAT);
        assertThat(markings.isSecret()).isTrue();
    }

    @Test
    void detectShouldNotMistakeRunningTextForASecrecyMark() {
        String text = "Không gửi mật khẩu qua thư.\nThông tin bí mật nhà nước.\nMật độ dân số cao.\n"
                + "Đề nghị khẩn trương triển khai.\nMẬT KHẨU PHẢI ĐỔI ĐỊNH KỲ";

        Markings markings = MarkingDetector.detect("Về mật khẩu hộp thư", text);

        assertThat(markings).isEqualTo(Markings.NONE);
    }

    @Test
    void detectShouldReadUrgencyInBothTonePlacementsAndTheHighestLevel() {
        assertThat(MarkingDetector.detect("HOẢ TỐC\nSố: 1/CĐ-TTg").urgency().map(Mark::level))
                .contains(UrgencyLevel.HOA_TOC);
        assertThat(MarkingDetector.detect("[KHẨN]\nHỎA TỐC HẸN GIỜ").urgency().map(Mark::level))
                .contains(UrgencyLevel.HOA_TOC_HEN_GIO);
        assertThat(MarkingDetector.detect("| THƯỢNG KHẨN |").urgency().map(Mark::level))
                .contains(UrgencyLevel.THUONG_KHAN);
    }

    @Test
    void detectShouldReadLabelledFieldsAndSubjectPrefix() {
        assertThat(MarkingDetector.detect("Độ mật: Tuyệt mật").secrecy().map(Mark::level))
                .contains(SecrecyLevel.TUYET_MAT);
        Markings fromSubject = MarkingDetector.detect("KHẨN: Giấy mời họp giao ban", "");

        assertThat(fromSubject.urgency().map(Mark::level)).contains(UrgencyLevel.KHAN);
        assertThat(fromSubject.secrecy()).isEmpty();
    }

    @Test
    void detectShouldFindNothingInEmptyText() {
        assertThat(MarkingDetector.detect("")).isEqualTo(Markings.NONE);
    }
}
