package vn.officialmail.classifier.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineJoinerTest {

    @Test
    void joinShouldJoinALineWrappedBeforeALowerCaseWord() {
        assertThat(LineJoiner.join("Căn cứ Nghị định số 163/2016/NĐ-CP\n  ngày 21 tháng 12 năm 2016"))
                .isEqualTo("Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016");
    }

    @Test
    void joinShouldKeepBreaksAfterAClauseAndBeforeCapitals() {
        String text = "Điều 1. Phạm vi điều chỉnh\nNghị quyết này quy định;\nmột số nội dung.\nĐiều 2.";

        assertThat(LineJoiner.join(text))
                .isEqualTo("Điều 1. Phạm vi điều chỉnh\nNghị quyết này quy định;\nmột số nội dung.\nĐiều 2.");
    }

    @Test
    void joinShouldRemoveSoftHyphenAndKeepTypedHyphen() {
        assertThat(LineJoiner.join("thông\u00ad\ntin")).isEqualTo("thông tin".replace(" ", ""));
        assertThat(LineJoiner.join("kinh tế-\nxã hội")).isEqualTo("kinh tế-xã hội");
        assertThat(LineJoiner.join("kinh tế -\nXã hội")).isEqualTo("kinh tế -\nXã hội");
    }

    @Test
    void joinShouldLeaveEmptyAndSingleLineTextAlone() {
        assertThat(LineJoiner.join("")).isEmpty();
        assertThat(LineJoiner.join("Số: 15/QĐ-BTP")).isEqualTo("Số: 15/QĐ-BTP");
        assertThat(LineJoiner.join("a\n\nb")).isEqualTo("a\n\nb");
    }
}
