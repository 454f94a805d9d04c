package vn.officialmail.gateway.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyReadingTest {

    @Test
    void ofShouldBeDoneWithTheQuotedNumberWhenTheReplySaysDaXong() {
        ReplyReading reading = ReplyReading.of("Đã xong, trả lời bằng Công văn số 45/BTP-VP.\n", Optional.empty());

        assertThat(reading.status()).isEqualTo(HandlingStatus.DONE);
        assertThat(reading.answer()).contains("45/BTP-VP");
    }

    @Test
    void ofShouldBeDoneWhenHoanThanhIsWrittenDecomposedOrInCapitals() {
        assertThat(ReplyReading.of("HOA\u0300N THA\u0300NH. Số: 12/2026/QĐ-UBND", Optional.empty()))
                .isEqualTo(new ReplyReading(
                        HandlingStatus.DONE,
                        Optional.of("HOÀN THÀNH. Số: 12/2026/QĐ-UBND"),
                        Optional.of("12/2026/QĐ-UBND")));
    }

    @Test
    void ofShouldTakeTheClassifiersNumberWhenTheTextNamesNone() {
        assertThat(ReplyReading.of("Hoàn thành, văn bản đính kèm.", Optional.of("7/TB-VP"))
                        .answer())
                .contains("7/TB-VP");
    }

    @Test
    void ofShouldBeProgressWhenTheReplySaysNotDoneYet() {
        ReplyReading reading = ReplyReading.of("Chưa hoàn thành, đang xin ý kiến Vụ Pháp chế.", Optional.empty());

        assertThat(reading.status()).isEqualTo(HandlingStatus.IN_PROGRESS);
        assertThat(reading.answer()).isEmpty();
    }

    @Test
    void ofShouldIgnoreTheQuotedNoticeWhoseInstructionsMentionDaXong() {
        String body = "Đang dự thảo.\n\nVào Th 3, 24 thg 11, 2026 lúc 09:00, postmaster@gov.vn đã viết:\n"
                + "Khi đã giải quyết xong, trả lời \"Đã xong\" kèm số 45/BTP-VP\n";

        ReplyReading reading = ReplyReading.of(body, Optional.empty());

        assertThat(reading.status()).isEqualTo(HandlingStatus.IN_PROGRESS);
        assertThat(reading.note()).contains("Đang dự thảo.");
    }

    @Test
    void ofShouldIgnoreLinesQuotedWithAGreaterThanSign() {
        assertThat(ReplyReading.of("Đã nhận.\n> Đã xong\n", Optional.empty()).status())
                .isEqualTo(HandlingStatus.IN_PROGRESS);
    }

    @Test
    void ofShouldBeReturnedWhenTheUnitAsksToReturnTheDocument() {
        assertThat(ReplyReading.of("Xin trả lại văn bản vì không thuộc chức năng của Vụ.", Optional.empty())
                        .status())
                .isEqualTo(HandlingStatus.RETURNED);
    }

    @Test
    void ofShouldHaveNoNoteWhenTheReplyIsEmpty() {
        assertThat(ReplyReading.of("", Optional.empty()))
                .isEqualTo(new ReplyReading(HandlingStatus.IN_PROGRESS, Optional.empty(), Optional.empty()));
    }

    @Test
    void ofShouldShortenALongNote() {
        assertThat(ReplyReading.of("a".repeat(5000), Optional.empty()).note().orElseThrow())
                .hasSize(ReplyReading.MAX_NOTE);
    }
}
