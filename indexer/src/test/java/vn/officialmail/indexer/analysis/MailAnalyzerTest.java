package vn.officialmail.indexer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailAnalyzerTest {

    @Test
    void analyzeShouldFoldOrKeepDiacriticsWhenFieldIsFoldedOrExact() {
        try (MailAnalyzer analyzer = new MailAnalyzer()) {

            assertThat(TokenStreams.terms(analyzer, Fields.BODY, "Giấy mời")).containsExactly("giay", "moi");
            assertThat(TokenStreams.terms(analyzer, Fields.BODY_EXACT, "Giấy mời"))
                    .containsExactly("giấy", "mời");
            assertThat(TokenStreams.terms(analyzer, Fields.REGISTER_NUMBER_TEXT, "123/QĐ-UBND"))
                    .containsExactly("123", "qd", "ubnd");
        }
    }

    @Test
    void exactTwinShouldNameTheExactFieldWhenFieldHasOne() {
        assertThat(Fields.exactTwin(Fields.SUBJECT)).contains(Fields.SUBJECT_EXACT);
        assertThat(Fields.exactTwin(Fields.ATTACHMENT_NAME)).isEmpty();
    }
}
