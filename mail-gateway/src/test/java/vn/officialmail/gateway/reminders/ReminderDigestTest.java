package vn.officialmail.gateway.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.officialmail.gateway.handling.HandlingStatus;

class ReminderDigestTest {

    private static final LocalDateTime TUESDAY = LocalDateTime.of(2026, 11, 24, 13, 30);
    private static final LocalDate DUE_BY = LocalDate.of(2026, 11, 27);

    @Test
    void ofShouldListOverdueFirstThenDueSoonThenOpenThenNotAssigned() {
        List<WaitingDocument> documents = List.of(
                waiting("4/2026", false, null, null),
                waiting("3/2026", false, LocalDate.of(2026, 12, 15), HandlingStatus.IN_PROGRESS),
                waiting("2/2026", false, LocalDate.of(2026, 11, 27), HandlingStatus.ASSIGNED),
                waiting("1/2026", false, LocalDate.of(2026, 11, 20), HandlingStatus.ASSIGNED));

        ReminderDigest digest = ReminderDigest.of(documents, TUESDAY, DUE_BY, 3, false, 100);

        assertThat(digest.subject()).isEqualTo("Nhắc việc 13:30 24/11/2026: 4 văn bản chờ xử lý (1 quá hạn)");
        assertThat(digest.text())
                .containsSubsequence(
                        "Quá hạn xử lý (1):",
                        "- 1/2026 | văn bản 1/2026 | 20/11/2026 (quá 4 ngày) | Đã giao, chưa bắt đầu",
                        "Sắp đến hạn (trong 3 ngày làm việc) (1):",
                        "- 2/2026 |",
                        "Đang giải quyết (1):",
                        "- 3/2026 | văn bản 3/2026 | 15/12/2026 | Đang giải quyết",
                        "Đã vào sổ, chưa phân công xử lý (1):",
                        "- 4/2026 | văn bản 4/2026 | — | Chưa phân công")
                .doesNotContain("Reminder:");
    }

    @Test
    void ofShouldPutUrgentDocumentsFirstWithinAGroup() {
        List<WaitingDocument> documents =
                List.of(waiting("1/2026", false, null, null), waiting("2/2026", true, null, null));

        ReminderDigest digest = ReminderDigest.of(documents, TUESDAY, DUE_BY, 3, true, 100);

        assertThat(digest.subject()).isEqualTo("Nhắc việc 13:30 24/11/2026: 2 văn bản chờ xử lý");
        assertThat(digest.text())
                .containsSubsequence("- 2/2026 (KHẨN)", "- 1/2026")
                .contains("Reminder: 2 incoming document(s) wait for you.");
    }

    @Test
    void ofShouldEscapeDocumentTextInTheHtml() {
        WaitingDocument hostile = new WaitingDocument(
                "1/2026",
                "<script>alert(1)</script> Công văn & \"trích yếu\"",
                false,
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                Set.of());

        ReminderDigest digest = ReminderDigest.of(List.of(hostile), TUESDAY, DUE_BY, 3, true, 100);

        assertThat(digest.html())
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; Công văn &amp; &quot;trích yếu&quot;");
        assertThat(digest.text()).contains("<script>alert(1)</script>"); // plain text is not markup
    }

    @Test
    void ofShouldListAtMostMaxDocumentsAndCountTheRest() {
        List<WaitingDocument> documents = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            documents.add(waiting(i + "/2026", false, null, null));
        }

        ReminderDigest digest = ReminderDigest.of(documents, TUESDAY, DUE_BY, 3, false, 3);

        assertThat(digest.subject()).contains("5 văn bản");
        assertThat(digest.text())
                .contains("- 3/2026")
                .doesNotContain("- 4/2026")
                .contains("… và 2 văn bản khác");
    }

    private static WaitingDocument waiting(String number, boolean urgent, LocalDate deadline, HandlingStatus status) {
        return new WaitingDocument(
                number,
                "văn bản " + number,
                urgent,
                Optional.ofNullable(deadline),
                Optional.ofNullable(status),
                Set.of(),
                Set.of());
    }
}
