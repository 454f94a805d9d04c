package vn.officialmail.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.officialmail.indexer.analysis.Fields;
import vn.officialmail.indexer.analysis.MailAnalyzer;
import vn.officialmail.indexer.analysis.RandomVietnamese;

class QueryBuilderTest {

    private final MailAnalyzer analyzer = new MailAnalyzer();
    private final QueryBuilder builder = new QueryBuilder(analyzer);

    @AfterEach
    void closeAnalyzer() {
        analyzer.close();
    }

    @Test
    void buildShouldSearchFoldedFieldsOnlyWhenQueryHasNoDiacritics() {
        Query query = builder.build(SearchRequest.of("giay moi"));

        assertThat(query.toString()).contains(Fields.BODY + ":giay").doesNotContain(Fields.EXACT_SUFFIX);
    }

    @Test
    void buildShouldAlsoSearchExactFieldsWhenQueryHasDiacritics() {
        Query query = builder.build(SearchRequest.of("giấy"));

        assertThat(query.toString()).contains(Fields.BODY + ":giay").contains(Fields.BODY_EXACT + ":giấy");
    }

    @Test
    void buildShouldMatchPhraseWhenWordAnalysesToSeveralTerms() {
        Query query = builder.build(SearchRequest.of("123/QĐ-UBND"));

        assertThat(query.toString()).contains(Fields.REGISTER_NUMBER_TEXT + ":\"123 qd ubnd\"");
    }

    @Test
    void buildShouldMatchNothingWhenQueryHasNothingSearchable() {
        Query query = builder.build(SearchRequest.of("??? !!!"));

        assertThat(query).isInstanceOf(MatchNoDocsQuery.class);
    }

    @Test
    void buildShouldFilterWhenChannelAndDatesAreGiven() {
        SearchRequest request = new SearchRequest(
                "",
                0,
                10,
                Optional.of("official"),
                Optional.of(Instant.ofEpochMilli(1000)),
                Optional.of(Instant.ofEpochMilli(2000)));

        Query query = builder.build(request);

        assertThat(query.toString())
                .contains("#" + Fields.CHANNEL + ":OFFICIAL")
                .contains(Fields.RECEIVED_AT + ":[1000 TO 1999]");
    }

    @Test
    void buildShouldNeverThrowWhenQueryIsRandom() {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        System.out.println("QueryBuilderTest seed: -Dtests.seed=" + seed);
        Random random = new Random(seed);

        for (int i = 0; i < 100; i++) {
            String query = RandomVietnamese.anything(random, 1000);

            assertThatCode(() -> builder.build(SearchRequest.of(query)))
                    .as("seed %d, query '%s'", seed, query)
                    .doesNotThrowAnyException();
        }
    }
}
