package vn.officialmail.gateway.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentAnswersTest {

    @Test
    void quotesShouldFindTheNumberSymbolAndDateAfterTraLoiCongVan() {
        assertThat(DocumentAnswers.quotes("V/v trả lời Công văn số 123/BTP-VP ngày 12/11/2026 của Văn phòng Bộ"))
                .containsExactly(new DocumentAnswers.Quote("123/BTP-VP", Optional.of(LocalDate.of(2026, 11, 12))));
    }

    @Test
    void quotesShouldAcceptPhucDapCapitalsAndAYearInTheNumber() {
        assertThat(DocumentAnswers.quotes("PHÚC ĐÁP VĂN BẢN SỐ 45/2026/QĐ-UBND."))
                .containsExactly(new DocumentAnswers.Quote("45/2026/QĐ-UBND", Optional.empty()));
    }

    @Test
    void quotesShouldReadDecomposedText() {
        assertThat(DocumentAnswers.quotes("tra\u0309 lơ\u0300i Tờ trình số 7/TTr-PC"))
                .containsExactly(new DocumentAnswers.Quote("7/TTr-PC", Optional.empty()));
    }

    @Test
    void quotesShouldIgnoreAnInvalidDateButKeepTheNumber() {
        assertThat(DocumentAnswers.quotes("trả lời Công văn số 9/VP ngày 31/02/2026"))
                .containsExactly(new DocumentAnswers.Quote("9/VP", Optional.empty()));
    }

    @Test
    void quotesShouldBeEmptyWhenTheTextOnlyMentionsANumber() {
        assertThat(DocumentAnswers.quotes("Căn cứ Công văn số 123/BTP-VP ngày 12/11/2026"))
                .isEmpty();
    }

    @Test
    void symbolKeyShouldMatchDStrokeInAnyCase() {
        assertThat(DocumentAnswers.symbolKey("205/qđ-khtc")).isEqualTo(DocumentAnswers.symbolKey("205/QĐ-KHTC"));
        assertThat(DocumentAnswers.symbolKey("7/TTr-PC ")).isEqualTo(DocumentAnswers.symbolKey("7/ttr-pc"));
        assertThat(DocumentAnswers.symbolKey("205/QĐ-KHTC")).isNotEqualTo(DocumentAnswers.symbolKey("205/QD-KHTC"));
    }
}
