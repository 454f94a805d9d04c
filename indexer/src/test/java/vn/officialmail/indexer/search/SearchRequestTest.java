package vn.officialmail.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void constructorShouldAcceptBoundsWhenAtTheLimits() {
        SearchRequest smallest = SearchRequest.of("", 0, 1);
        SearchRequest largest = SearchRequest.of("x".repeat(1000), SearchRequest.MAX_OFFSET, 200);

        assertThat(smallest.limit()).isEqualTo(1);
        assertThat(largest.query()).hasSize(1000);
    }

    @Test
    void constructorShouldRejectLimitWhenZeroOrOverMaximum() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SearchRequest.of("q", 0, 0))
                .withMessageStartingWith("limit phải từ 1 đến 200: 0")
                .withMessageEndingWith(" / limit must be between 1 and 200: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SearchRequest.of("q", 0, 201))
                .withMessageEndingWith(" / limit must be between 1 and 200: 201");
    }

    @Test
    void constructorShouldRejectOffsetWhenNegativeOrTooDeep() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SearchRequest.of("q", -1, 10))
                .withMessageEndingWith(" / offset must be between 0 and 10000: -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SearchRequest.of("q", 10_001, 10))
                .withMessageEndingWith(" / offset must be between 0 and 10000: 10001");
    }

    @Test
    void constructorShouldRejectQueryWhenLongerThanMaximum() {
        String query = "x".repeat(1001);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> SearchRequest.of(query))
                .withMessageEndingWith(" / query must be at most 1000 characters: 1001 characters");
    }

    @Test
    void constructorShouldRejectRangeWhenFromIsAfterTo() {
        Optional<Instant> from = Optional.of(Instant.parse("2025-02-01T00:00:00Z"));
        Optional<Instant> to = Optional.of(Instant.parse("2025-01-01T00:00:00Z"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SearchRequest("q", 0, 10, Optional.empty(), from, to))
                .withMessageEndingWith(
                        " / from must not be after to: from=2025-02-01T00:00:00Z, to=2025-01-01T00:00:00Z");
    }

    @Test
    void constructorShouldRejectChannelWhenBlank() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SearchRequest("q", 0, 10, Optional.of(" "), Optional.empty(), Optional.empty()))
                .withMessageEndingWith(" / channel must not be blank: ' '");
    }

    @Test
    void constructorShouldRejectTooManyOrTooLongFilterValues() {
        SearchRequest request = SearchRequest.of("q");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> request.withTypesAndUnits(Collections.nCopies(21, "GM"), List.of()))
                .withMessageContaining("Quá nhiều giá trị 'type'")
                .withMessageContaining("too many 'type' values: 21");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> request.withTypesAndUnits(List.of(), List.of("x".repeat(101))))
                .withMessageContaining("'unit' must be 1 to 100 characters");
    }
}
