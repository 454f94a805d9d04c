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

    @Test
    void constructorShouldRejectDepthRatioPartsAndTimeoutWhenNotPositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ExtractionLimits.defaults().withMaxDepth(0))
                .withMessage("maxDepth must be >= 1: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ExtractionLimits.defaults().withMaxExpansionRatio(0))
                .withMessage("maxExpansionRatio must be >= 1: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ExtractionLimits(1, 1, 1, 1, 0, java.time.Duration.ofSeconds(1)))
                .withMessage("maxParts must be >= 1: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ExtractionLimits.defaults().withPartTimeout(java.time.Duration.ZERO))
                .withMessage("partTimeout must be positive: PT0S");
    }

    @Test
    void defaultsShouldBoundDepthRatioPartsAndTime() {
        ExtractionLimits limits = ExtractionLimits.defaults();

        assertThat(limits.maxDepth()).isEqualTo(10);
        assertThat(limits.maxExpansionRatio()).isEqualTo(100);
        assertThat(limits.maxParts()).isEqualTo(1_000);
        assertThat(limits.partTimeout()).hasSeconds(120);
    }
}
