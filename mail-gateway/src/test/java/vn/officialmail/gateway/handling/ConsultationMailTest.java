package vn.officialmail.gateway.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsultationMailTest {

    @Test
    void readShouldTakeTitleDeadlineAndUnitsWhenTheMailFollowsTheForm() {
        Optional<ConsultationMail> mail = ConsultationMail.read(
                "[Lấy ý kiến] Dự thảo Thông tư hướng dẫn",
                "Kính gửi các đơn vị,\nHạn góp ý: 05/12/2026\nĐơn vị góp ý: BTP-VP, PC; TCCB\n");

        assertThat(mail)
                .contains(new ConsultationMail(
                        "Dự thảo Thông tư hướng dẫn",
                        Optional.of(LocalDate.of(2026, 12, 5)),
                        List.of("BTP-VP", "PC", "TCCB")));
    }

    @Test
    void readShouldAcceptCapitalsWithoutDiacriticsAndDecomposedText() {
        Optional<ConsultationMail> mail =
                ConsultationMail.read("[LAY Y KIEN] Du thao", "HAN GO\u0301P Y\u0301: 5/1/2027\nDON VI GOP Y: VP");

        assertThat(mail.orElseThrow().deadline()).contains(LocalDate.of(2027, 1, 5));
        assertThat(mail.orElseThrow().units()).containsExactly("VP");
    }

    @Test
    void readShouldHaveNoDeadlineWhenTheDateDoesNotExist() {
        assertThat(ConsultationMail.read("[Lấy ý kiến] X", "Hạn góp ý: 31/02/2027")
                        .orElseThrow()
                        .deadline())
                .isEmpty();
    }

    @Test
    void isRequestShouldBeFalseForTheGatewaysOwnNoticesAndReplies() {
        assertThat(ConsultationMail.isRequest("[Lấy ý kiến #12] Dự thảo")).isFalse();
        assertThat(ConsultationMail.isRequest("Re: [Lấy ý kiến] Dự thảo")).isFalse();
        assertThat(ConsultationMail.isRequest("  [Lấy ý kiến] Dự thảo")).isTrue();
    }
}
