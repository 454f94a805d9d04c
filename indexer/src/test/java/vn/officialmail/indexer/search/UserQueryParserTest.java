package vn.officialmail.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.officialmail.indexer.search.ParsedQuery.Scope;
import vn.officialmail.indexer.search.ParsedQuery.Text;

class UserQueryParserTest {

    @Test
    void parseShouldKeepWordsAndPhrasesWhenQueryMixesThem() {
        ParsedQuery parsed = UserQueryParser.parse("họp \"giấy mời\" 123/QĐ-UBND");

        assertThat(parsed.texts())
                .containsExactly(
                        new Text(Scope.ALL, "họp"),
                        new Text(Scope.ALL, "giấy mời"),
                        new Text(Scope.ALL, "123/QĐ-UBND"));
    }

    @Test
    void parseShouldReadPrefixesWhenKnownInAnyCase() {
        ParsedQuery parsed =
                UserQueryParser.parse("Subject:\"giấy mời\" FROM:Van.A@Hanoi.gov.vn channel:official from:@gov.vn");

        assertThat(parsed.texts()).containsExactly(new Text(Scope.SUBJECT, "giấy mời"));
        assertThat(parsed.fromValues()).containsExactly("van.a@hanoi.gov.vn", "gov.vn");
        assertThat(parsed.channels()).containsExactly("OFFICIAL");
    }

    @Test
    void parseShouldReadPlainWordsWhenPrefixIsUnknownOrEmpty() {
        ParsedQuery parsed = UserQueryParser.parse("http://x.gov.vn subject: from:@");

        assertThat(parsed.texts())
                .containsExactly(
                        new Text(Scope.ALL, "http://x.gov.vn"),
                        new Text(Scope.ALL, "subject:"),
                        new Text(Scope.ALL, "from:@"));
        assertThat(parsed.fromValues()).isEmpty();
    }

    @Test
    void parseShouldIgnoreQuoteWhenItIsNotClosed() {
        ParsedQuery parsed = UserQueryParser.parse("\"giấy mời");

        assertThat(parsed.texts()).containsExactly(new Text(Scope.ALL, "giấy"), new Text(Scope.ALL, "mời"));
    }

    @Test
    void parseShouldComposeTextWhenQueryIsDecomposed() {
        ParsedQuery parsed = UserQueryParser.parse(Normalizer.normalize("mời", Normalizer.Form.NFD));

        assertThat(parsed.texts()).containsExactly(new Text(Scope.ALL, "mời"));
    }

    @Test
    void parseShouldKeepAtMostMaxClausesWhenQueryHasMoreWords() {
        ParsedQuery parsed = UserQueryParser.parse("a ".repeat(100));

        assertThat(parsed.texts()).hasSize(UserQueryParser.MAX_TEXT_CLAUSES);
    }

    @Test
    void parseShouldGiveEmptyQueryWhenInputIsBlankOrQuotesOnly() {
        assertThat(UserQueryParser.parse("").isEmpty()).isTrue();
        assertThat(UserQueryParser.parse(" \t\"\" \"").isEmpty()).isTrue();
    }

    @Test
    void parseShouldNeverThrowWhenInputIsRandomSyntax() {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        System.out.println("UserQueryParserTest seed: -Dtests.seed=" + seed);
        Random random = new Random(seed);
        String alphabet = "ab đờ\"::-from:subject:channel:@. \u00a0\u0301";

        for (int i = 0; i < 2000; i++) {
            StringBuilder query = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                query.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }

            // the random letters can spell a date prefix ("sau:", "ngay:"): an unreadable date is the
            // one refusal the parser makes on purpose; anything else must read as words
            Throwable thrown = catchThrowable(() -> UserQueryParser.parse(query.toString()));
            if (thrown != null) {
                assertThat(thrown)
                        .as("seed %d, query '%s'", seed, query)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("invalid date after");
            }
        }
    }
}
