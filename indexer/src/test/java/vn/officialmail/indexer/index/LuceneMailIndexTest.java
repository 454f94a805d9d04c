package vn.officialmail.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.officialmail.indexer.index.IndexedMessages.RECEIVED;
import static vn.officialmail.indexer.index.IndexedMessages.message;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.officialmail.indexer.IndexerException;
import vn.officialmail.indexer.analysis.RandomVietnamese;
import vn.officialmail.indexer.search.FacetCount;
import vn.officialmail.indexer.search.SearchHit;
import vn.officialmail.indexer.search.SearchRequest;
import vn.officialmail.indexer.search.SearchResult;
import vn.officialmail.indexer.search.SortOrder;

class LuceneMailIndexTest {

    @TempDir
    Path dir;

    private LuceneMailIndex index;

    @BeforeEach
    void openIndex() {
        index = LuceneMailIndex.open(dir);
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    @Test
    void searchShouldFindTextWithDiacriticsWhenQueryHasNone() {
        index.index(message(1, "Giấy mời họp", "Kính mời đồng chí dự họp giao ban."));
        index.index(message(2, "Báo cáo tháng", "Số liệu quý I."));
        index.refresh();

        SearchResult result = index.search(SearchRequest.of("giay moi"));

        assertThat(result.total()).isEqualTo(1);
        assertThat(result.hits()).extracting(SearchHit::messageId).containsExactly(1L);
        assertThat(result.hits().get(0).subject()).isEqualTo("Giấy mời họp");
    }

    @Test
    void searchShouldRankExactDiacriticsFirstWhenQueryHasDiacritics() {
        index.index(message(1, "Thông báo", "Giày mới cho đội bảo vệ."));
        index.index(message(2, "Thông báo", "Giấy mời cho đội bảo vệ."));
        index.refresh();

        SearchResult withDiacritics = index.search(SearchRequest.of("giấy mời"));
        SearchResult without = index.search(SearchRequest.of("giay moi"));

        assertThat(withDiacritics.hits()).extracting(SearchHit::messageId).containsExactly(2L, 1L);
        assertThat(withDiacritics.hits().get(0).score())
                .isGreaterThan(withDiacritics.hits().get(1).score());
        assertThat(without.total()).isEqualTo(2);
    }

    @Test
    void searchShouldMatchPhraseOnlyWhenWordsAreAdjacent() {
        index.index(message(1, "A", "giấy mời họp"));
        index.index(message(2, "B", "mời nộp giấy tờ"));
        index.refresh();

        SearchResult phrase = index.search(SearchRequest.of("\"giay moi\""));
        SearchResult words = index.search(SearchRequest.of("giay moi"));

        assertThat(phrase.hits()).extracting(SearchHit::messageId).containsExactly(1L);
        assertThat(words.total()).isEqualTo(2);
    }

    @Test
    void searchShouldHighlightBodyWhenBodyMatches() {
        index.index(message(1, "Thông báo", "Kính gửi các đơn vị. Giấy mời họp <khẩn> gửi kèm. Trân trọng."));
        index.refresh();

        SearchHit hit = index.search(SearchRequest.of("giay moi")).hits().get(0);

        assertThat(hit.highlight()).contains("<b>Giấy</b> <b>mời</b>").contains("&lt;khẩn&gt;");
    }

    @Test
    void searchShouldFindAndHighlightAttachmentWhenOnlyAttachmentMatches() {
        IndexedMessage m = IndexedMessages.withAttachments(
                message(1, "Công văn", "Xem tệp đính kèm."),
                new IndexedAttachment("Quyết_định-số-15.pdf", "application/pdf", "Quyết định bổ nhiệm cán bộ."));
        index.index(m);
        index.refresh();

        SearchHit byText = index.search(SearchRequest.of("bo nhiem")).hits().get(0);
        SearchResult byName = index.search(SearchRequest.of("quyet dinh 15"));

        assertThat(byText.highlight()).contains("<b>bổ</b> <b>nhiệm</b>");
        assertThat(byName.total()).isEqualTo(1);
    }

    @Test
    void searchShouldFindRegisterNumberWhenTypedWithoutDiacritics() {
        index.index(IndexedMessages.withRegisterNumber(message(1, "Quyết định", "Nội dung"), "123/QĐ-UBND"));
        index.refresh();

        SearchResult result = index.search(SearchRequest.of("123/qd-ubnd"));

        assertThat(result.hits()).extracting(SearchHit::messageId).containsExactly(1L);
    }

    @Test
    void searchShouldFilterByChannelWhenRequestOrQueryNamesOne() {
        index.index(message(1, "Giấy mời", "a"));
        index.index(IndexedMessages.withChannel(message(2, "Giấy mời", "a"), "NON_OFFICIAL"));
        index.refresh();

        SearchResult byRequest = index.search(
                new SearchRequest("giay moi", 0, 10, Optional.of("non_official"), Optional.empty(), Optional.empty()));
        SearchResult byPrefix = index.search(SearchRequest.of("giay channel:official"));

        assertThat(byRequest.hits()).extracting(SearchHit::messageId).containsExactly(2L);
        assertThat(byPrefix.hits()).extracting(SearchHit::messageId).containsExactly(1L);
    }

    @Test
    void searchShouldFilterBySenderWhenFromNamesAddressOrParentDomain() {
        index.index(message(1, "Giấy mời", "a"));
        index.index(IndexedMessages.withSender(message(2, "Giấy mời", "a"), "nguoi.la@gmail.com", "gmail.com"));
        index.refresh();

        assertThat(index.search(SearchRequest.of("from:gov.vn")).hits())
                .extracting(SearchHit::messageId)
                .containsExactly(1L);
        assertThat(index.search(SearchRequest.of("from:Nguoi.La@Gmail.com giay"))
                        .hits())
                .extracting(SearchHit::messageId)
                .containsExactly(2L);
    }

    @Test
    void searchShouldSearchSubjectOnlyWhenSubjectPrefixIsGiven() {
        index.index(message(1, "Giấy mời họp", "Nội dung"));
        index.index(message(2, "Thông báo", "Giấy mời họp"));
        index.refresh();

        SearchResult result = index.search(SearchRequest.of("subject:\"giấy mời\""));

        assertThat(result.hits()).extracting(SearchHit::messageId).containsExactly(1L);
    }

    @Test
    void searchShouldKeepHalfOpenRangeWhenDatesAreGiven() {
        index.index(IndexedMessages.withReceivedAt(message(1, "Giấy mời", "a"), RECEIVED));
        index.index(IndexedMessages.withReceivedAt(message(2, "Giấy mời", "a"), RECEIVED.plus(Duration.ofDays(1))));
        index.index(IndexedMessages.withReceivedAt(message(3, "Giấy mời", "a"), RECEIVED.plus(Duration.ofDays(2))));
        index.refresh();

        SearchResult result = index.search(new SearchRequest(
                "giay moi",
                0,
                10,
                Optional.empty(),
                Optional.of(RECEIVED.plus(Duration.ofDays(1))),
                Optional.of(RECEIVED.plus(Duration.ofDays(2)))));

        assertThat(result.hits()).extracting(SearchHit::messageId).containsExactly(2L);
    }

    @Test
    void searchShouldPageNewestFirstWhenQueryIsBlank() {
        for (long id = 1; id <= 5; id++) {
            index.index(IndexedMessages.withReceivedAt(message(id, "Thư " + id, "a"), RECEIVED.plusSeconds(id)));
        }
        index.refresh();

        SearchResult first = index.search(SearchRequest.of("", 0, 2));
        SearchResult second = index.search(SearchRequest.of("", 2, 2));
        SearchResult beyond = index.search(SearchRequest.of("", 10, 2));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.hits()).extracting(SearchHit::messageId).containsExactly(5L, 4L);
        assertThat(second.hits()).extracting(SearchHit::messageId).containsExactly(3L, 2L);
        assertThat(beyond.total()).isEqualTo(5);
        assertThat(beyond.hits()).isEmpty();
    }

    @Test
    void searchOverSeveralSegmentsShouldCountRankAndFacetEveryMatchOnce() {
        // 8 commits, 8 segments: below the merge policy's 10 per tier, above Lucene's 5 per slice
        for (int segment = 0; segment < 8; segment++) {
            for (int i = 0; i < 25; i++) {
                long id = segment * 25L + i;
                String body = id % 3 == 0 ? "Kính mời dự họp giao ban, giấy mời số " + id : "Báo cáo số liệu " + id;
                index.index(IndexedMessages.withChannel(
                        message(id, "Văn bản " + id, body), id % 2 == 0 ? "OFFICIAL" : "PERSONAL"));
            }
            index.commit();
        }
        index.refresh();

        SearchResult withFacets =
                index.search(SearchRequest.of("giay moi", 0, 100).withSortAndFacets(SortOrder.RELEVANCE, true));
        SearchResult withoutFacets = index.search(SearchRequest.of("giay moi", 0, 100));

        assertThat(withFacets.total()).isEqualTo(67); // ids 0, 3, … 198
        assertThat(withoutFacets.total()).isEqualTo(67);
        assertThat(withFacets.hits())
                .extracting(SearchHit::messageId)
                .doesNotHaveDuplicates()
                .hasSize(67)
                .allMatch(id -> id % 3 == 0);
        assertThat(withFacets.facets().get(SearchResult.CHANNEL))
                .containsExactlyInAnyOrder(new FacetCount("OFFICIAL", 34), new FacetCount("PERSONAL", 33));
        assertThat(index.searchSlices()).as("segments searched in parallel").isGreaterThan(1);
    }

    @Test
    void indexShouldReplaceWhenSameIdIsIndexedAgain() {
        index.index(message(1, "Giấy mời họp", "a"));
        index.index(message(1, "Giấy mời họp (sửa)", "a"));
        index.index(message(1, "Giấy mời họp (sửa)", "a"));
        index.refresh();

        SearchResult result = index.search(SearchRequest.of("giay moi"));

        assertThat(index.count()).isEqualTo(1);
        assertThat(result.hits()).extracting(SearchHit::subject).containsExactly("Giấy mời họp (sửa)");
    }

    @Test
    void deleteShouldRemoveMessageWhenIdIsIndexedAndIgnoreWhenNot() {
        index.index(message(1, "Giấy mời", "a"));
        index.index(message(2, "Giấy mời", "a"));

        index.delete(1);
        index.delete(99);
        index.refresh();

        assertThat(index.count()).isEqualTo(1);
        assertThat(index.search(SearchRequest.of("giay")).hits())
                .extracting(SearchHit::messageId)
                .containsExactly(2L);
    }

    @Test
    void searchShouldSeeWriteWithinOneSecondWhenNeitherRefreshedNorCommitted() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(1);

        index.index(message(7, "Giấy mời khẩn", "a"));
        long found = 0;
        while (found == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            found = index.search(SearchRequest.of("khan")).total();
        }

        assertThat(found).isEqualTo(1);
    }

    @Test
    void writerShouldNotFlushSegmentsWhileNobodySearches() throws Exception {
        index.index(message(7, "Giấy mời khẩn", "a"));
        index.index(message(8, "Báo cáo", "b"));

        Thread.sleep(1_200);

        assertThat(flushedSegments()).as("segments flushed with no search").isEmpty();
        assertThat(index.search(SearchRequest.of("khan")).total())
                .as("the first search after a quiet second reopens first")
                .isEqualTo(1);
        assertThat(flushedSegments()).isNotEmpty();
    }

    @Test
    void searchShouldSeeWriteAtOnceWhenSearcherIsOlderThanOneSecond() throws Exception {
        index.search(SearchRequest.of("khan"));
        Thread.sleep(1_100);
        index.index(message(7, "Giấy mời khẩn", "a"));
        Thread.sleep(1_100);
        // whether or not the refresh thread has reopened since, a write older than a second is found

        assertThat(index.search(SearchRequest.of("khan")).total()).isEqualTo(1);
    }

    private List<String> flushedSegments() {
        return java.util.Arrays.stream(dir.toFile().list())
                .filter(name -> name.endsWith(".si"))
                .toList();
    }

    @Test
    void openShouldKeepCommittedMessagesAndMarkerWhenReopened() {
        index.index(message(1, "Giấy mời", "a"));
        index.commit("message-1");
        index.index(message(2, "Giấy mời", "a"));
        index.close();

        index = LuceneMailIndex.open(dir);

        assertThat(index.count()).isEqualTo(2); // close() committed message 2 too
        assertThat(index.lastCommitMarker()).contains("message-1");
    }

    @Test
    void commitShouldKeepLastMarkerWhenCalledWithoutOne() {
        index.commit("m-1");
        index.index(message(1, "Giấy mời", "a"));

        index.commit();
        index.close();
        index = LuceneMailIndex.open(dir);

        assertThat(index.lastCommitMarker()).contains("m-1");
        assertThat(index.count()).isEqualTo(1);
    }

    @Test
    void lastCommitMarkerShouldBeEmptyWhenIndexIsNew() {
        assertThat(index.lastCommitMarker()).isEmpty();
        assertThat(index.count()).isZero();
    }

    @Test
    void openShouldFailNamingDirectoryWhenAnotherWriterHoldsIt() {
        assertThatCode(() -> LuceneMailIndex.open(dir).close())
                .isInstanceOf(IndexerException.class)
                .hasMessage("Failed to open the mail index in " + dir);
    }

    @Test
    void searchShouldNeverThrowWhenQueryIsRandomAndLong() {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        System.out.println("LuceneMailIndexTest seed: -Dtests.seed=" + seed);
        Random random = new Random(seed);
        index.index(message(1, "Giấy mời họp", "Kính mời đồng chí dự họp."));
        index.refresh();

        for (int i = 0; i < 100; i++) {
            String query = i == 0 ? "\"" + "giấy mời ".repeat(110) + "\"" : RandomVietnamese.anything(random, 1000);

            assertThatCode(() -> index.search(SearchRequest.of(query)))
                    .as("seed %d, query '%s'", seed, query)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void openShouldStartNamedDaemonRefreshThreadWhenIndexOpens() {
        String name = "mail-index-refresh[" + dir.getFileName() + "]";

        List<Thread> refreshers = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(name))
                .toList();

        assertThat(refreshers).hasSize(1).allSatisfy(thread -> assertThat(thread.isDaemon())
                .isTrue());
    }

    @Test
    void closeShouldBeIdempotentWhenCalledTwice() {
        index.close();

        assertThatCode(index::close).doesNotThrowAnyException();
        assertThat(List.of(dir.toFile().list())).isNotEmpty();
    }
}
