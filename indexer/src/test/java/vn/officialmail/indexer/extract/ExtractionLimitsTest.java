package vn.officialmail.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ExtractionLimitsTest {

    @Test
    void defaultsShouldBeFiftyMebibytesAndOneMillionCharacters() {
        ExtractionLimits limits = ExtractionLimits.defaults();

        assertThat(limits.maxBytes()).isEqualTo(52_428_800L);
        assertThat(limits.maxTextChars()).isEqualTo(1_000_000);
    }

    @Test
    void constructorShouldRejectLimitsWhenNotPositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ExtractionLimits(0, 10))
                .withMessage("maxBytes must be >= 1: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ExtractionLimits(10, -1))
                .withMessage("maxTextChars must be >= 1: -1");
    }
}
