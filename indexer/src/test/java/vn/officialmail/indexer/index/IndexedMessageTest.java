package vn.officialmail.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndexedMessageTest {

    @Test
    void constructorShouldRejectChannelWhenBlank() {
        IndexedMessage m = IndexedMessages.message(1, "s", "b");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> IndexedMessages.withChannel(m, "  "))
                .withMessage("channel must not be blank: '  '");
    }

    @Test
    void constructorShouldRejectRegisterNumberWhenPresentButBlank() {
        IndexedMessage m = IndexedMessages.message(1, "s", "b");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> IndexedMessages.withRegisterNumber(m, ""))
                .withMessage("registerNumber must not be blank when present: ''");
    }

    @Test
    void constructorShouldNameComponentWhenNull() {
        assertThatNullPointerException()
                .isThrownBy(() -> new IndexedAttachment("a.pdf", "application/pdf", null))
                .withMessage("text must not be null (use \"\")");
    }

    @Test
    void constructorShouldCopyListsWhenCallerKeepsChangingThem() {
        List<String> recipients = new ArrayList<>(List.of("a@b.vn"));
        IndexedMessage m = new IndexedMessage(
                1,
                "s",
                "b",
                "x@y.vn",
                "y.vn",
                recipients,
                "OFFICIAL",
                IndexedMessages.RECEIVED,
                Optional.empty(),
                List.of());

        recipients.add("c@d.vn");

        assertThat(m.recipients()).containsExactly("a@b.vn");
    }
}
