package vn.officialmail.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @Test
    void ofShouldSayVietnameseWithOrWithoutDiacritics() {
        assertThat(LanguageGuess.of("Đề nghị các đơn vị cử đại diện của mình tham dự và báo cáo kết quả."))
                .isEqualTo("vi");
        assertThat(LanguageGuess.of("De nghi cac don vi cu dai dien cua minh tham du va bao cao ket qua."))
                .isEqualTo("vi");
    }

    @Test
    void ofShouldSayEnglishWhenTextIsEnglish() {
        assertThat(LanguageGuess.of("Please find attached the report of the meeting and the minutes for review."))
                .isEqualTo("en");
    }

    @Test
    void ofShouldSayNothingWhenTextIsTooShortOrNeither() {
        assertThat(LanguageGuess.of("")).isEmpty();
        assertThat(LanguageGuess.of("12345 67890")).isEmpty();
        assertThat(LanguageGuess.of("Lorem ipsum dolor sit amet, consectetur adipiscing elit"))
                .isEmpty();
    }
}
