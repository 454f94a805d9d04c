package vn.officialmail.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.officialmail.indexer.index.IndexedMessages.message;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.officialmail.indexer.search.Access;
import vn.officialmail.indexer.search.FacetCount;
import vn.officialmail.indexer.search.SearchHit;
import vn.officialmail.indexer.search.SearchRequest;
import vn.officialmail.indexer.search.SearchResult;
import vn.officialmail.indexer.search.SortOrder;

/** The query language, filters, facets, order and access control, over a small realistic index. */
class SearchFeaturesTest {

    @TempDir
    Path dir;

    private LuceneMailIndex index;

    @BeforeEach
    void fill() {
        index = LuceneMailIndex.open(dir);
        // 1: invitation to unit VP, official, March 2025
        index.index(labelled(
                message(1, "Giấy mời họp giao ban", "Kính mời đồng chí dự họp giao ban tuần."),
                "giay-moi",
                List.of("GM"),
                List.of("VP"),
                false,
                "2025-03-10T02:00:00Z",
                "OFFICIAL",
                "van.thu@sotttt.hanoi.gov.vn"));
        // 2: decision for unit KT, official, April 2025
        index.index(labelled(
                message(2, "Quyết định khen thưởng", "Quyết định về việc khen thưởng giao ban tốt."),
                "quyet-dinh",
                List.of("QĐ"),
                List.of("KT"),
                false,
                "2025-04-02T02:00:00Z",
                "OFFICIAL",
                "vanthu@moj.gov.vn"));
        // 3: invitation from a personal mailbox to unit KT, April 2025
        index.index(labelled(
                message(3, "Giay moi hop", "Moi anh chi du hop giao ban ngay mai."),
                "giay-moi",
                List.of("GM"),
                List.of("KT"),
                false,
                "2025-04-20T02:00:00Z",
                "PERSONAL",
                "nguoi.dung@gmail.com"));
        // 4: secret decision for unit VP
        index.index(labelled(
                message(4, "Quyết định mật", "Nội dung giao ban mật."),
                "quyet-dinh",
                List.of("QĐ"),
                List.of("VP"),
                true,
                "2025-04-25T02:00:00Z",
                "OFFICIAL",
                "mat@bqp.gov.vn"));
        index.refresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void typePrefixShouldMatchAbbreviationOrIdWithoutCaseOrDiacritics() {
        assertThat(ids("loai:GM")).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids("loại:gm")).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids("type:giay-moi")).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids("loai:QD")).containsExactlyInAnyOrder(2L, 4L);
        assertThat(ids("loai:QĐ khen")).containsExactly(2L);
    }

    @Test
    void senderRecipientChannelAndUnitPrefixesShouldFilter() {
        assertThat(ids("tu:gmail.com")).containsExactly(3L);
        assertThat(ids("từ:gov.vn giao ban")).containsExactlyInAnyOrder(1L, 2L, 4L);
        assertThat(ids("kenh:personal")).containsExactly(3L);
        assertThat(ids("kênh:OFFICIAL loai:GM")).containsExactly(1L);
        assertThat(ids("don-vi:kt")).containsExactlyInAnyOrder(2L, 3L);
        assertThat(ids("đơn-vị:VP")).containsExactlyInAnyOrder(1L, 4L);
        assertThat(ids("den:sotttt.hanoi.gov.vn")).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(ids("den:moj.gov.vn")).isEmpty();
    }

    @Test
    void statePrefixShouldFilterOnTheProcessingState() {
        index.index(message(3, "Giay moi hop", "Moi anh chi du hop giao ban ngay mai.")
                .withLabels(new MessageLabels(
                        Optional.of("giay-moi"), List.of("GM"), List.of("KT"), false, "QUARANTINED")));
        index.refresh();
        assertThat(ids("trang-thai:quarantined")).containsExactly(3L);
        assertThat(ids("trạng-thái:QUARANTINED giao ban")).containsExactly(3L);
        assertThat(ids("state:PROCESSED loai:GM")).containsExactly(1L);
        assertThat(ids("state:RELEASED")).isEmpty();
    }

    @Test
    void datePrefixesShouldReadDaysMonthsAndYearsInTheAgencyZone() {
        assertThat(ids("ngay:2025-04")).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(ids("ngày:3/2025")).containsExactly(1L);
        assertThat(ids("ngay:10/3/2025")).containsExactly(1L);
        assertThat(ids("tu-ngay:2025-04-20")).containsExactlyInAnyOrder(3L, 4L);
        assertThat(ids("den-ngay:2025-04-02")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids("truoc:2025-04-02")).containsExactly(1L);
        assertThat(ids("sau:2025-04-20")).containsExactly(4L);
        assertThat(ids("ngay:2025 loai:GM")).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids("ngay:2024")).isEmpty();
    }

    @Test
    void anUnreadableDateShouldBeRefusedInVietnameseAndEnglish() {
        assertThatThrownBy(() -> index.search(SearchRequest.of("ngay:31/2/2025")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ngày không hợp lệ")
                .hasMessageContaining("invalid date")
                .hasMessageContaining("31/2/2025");
        assertThatThrownBy(() -> index.search(SearchRequest.of("truoc:hom-qua")))
                .hasMessageContaining("Ngày không hợp lệ");
    }

    @Test
    void phrasesShouldKeepWordOrderAndDiacriticsShouldRankExactFirst() {
        assertThat(ids("\"họp giao ban\"")).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids("\"giao ban họp\"")).isEmpty();
        List<SearchHit> hits = index.search(SearchRequest.of("giấy mời")).hits();
        assertThat(hits).extracting(SearchHit::messageId).containsExactly(1L, 3L);
    }

    @Test
    void highlightsShouldMarkVietnameseWordsFoundWithoutDiacritics() {
        SearchHit hit =
                index.search(SearchRequest.of("kinh moi dong chi")).hits().get(0);

        assertThat(hit.highlight()).contains("<b>Kính</b> <b>mời</b> <b>đồng</b> <b>chí</b>");
        assertThat(hit.subject()).isEqualTo("Giấy mời họp giao ban");
        assertThat(hit.documentType()).isEqualTo("giay-moi");
        assertThat(hit.channel()).isEqualTo("OFFICIAL");
        assertThat(hit.receivedAt()).isEqualTo(Instant.parse("2025-03-10T02:00:00Z"));
    }

    @Test
    void facetsShouldCountEveryMatchingVisibleMessage() {
        SearchResult result =
                index.search(SearchRequest.of("giao ban", 0, 1).withSortAndFacets(SortOrder.RELEVANCE, true));

        assertThat(result.total()).isEqualTo(4);
        assertThat(result.hits()).hasSize(1);
        assertThat(result.facets().get(SearchResult.TYPE))
                .containsExactly(new FacetCount("giay-moi", 2), new FacetCount("quyet-dinh", 2));
        assertThat(result.facets().get(SearchResult.CHANNEL))
                .containsExactly(new FacetCount("OFFICIAL", 3), new FacetCount("PERSONAL", 1));
        assertThat(result.facets().get(SearchResult.UNIT))
                .containsExactly(new FacetCount("KT", 2), new FacetCount("VP", 2));
        assertThat(result.facets().get(SearchResult.MONTH))
                .containsExactly(new FacetCount("2025-04", 3), new FacetCount("2025-03", 1));
    }

    @Test
    void sortByDateShouldOrderNewestOrOldestFirst() {
        SearchRequest request = SearchRequest.of("giao ban");
        assertThat(index.search(request.withSortAndFacets(SortOrder.NEWEST, false))
                        .hits())
                .extracting(SearchHit::messageId)
                .containsExactly(4L, 3L, 2L, 1L);
        assertThat(index.search(request.withSortAndFacets(SortOrder.OLDEST, false))
                        .hits())
                .extracting(SearchHit::messageId)
                .containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void requestFiltersShouldCombineWithQueryPrefixes() {
        SearchRequest request = SearchRequest.of("giao ban").withTypesAndUnits(List.of("GM"), List.of("kt"));
        assertThat(index.search(request).hits())
                .extracting(SearchHit::messageId)
                .containsExactly(3L);
        SearchRequest narrowed = new SearchRequest(
                "giao ban ngay:2025-04",
                0,
                20,
                Optional.of("official"),
                Optional.empty(),
                Optional.of(Instant.parse("2025-04-22T00:00:00Z")));
        assertThat(index.search(narrowed).hits())
                .extracting(SearchHit::messageId)
                .containsExactly(2L);
    }

    @Test
    void aUserOfOneUnitShouldNeverSeeAnotherUnitsMessagesInHitsTotalsOrFacets() {
        SearchRequest request = SearchRequest.of("giao ban").withSortAndFacets(SortOrder.NEWEST, true);

        SearchResult kt = index.search(request.withAccess(Access.unitsOnly(Set.of("KT"))));
        assertThat(kt.hits()).extracting(SearchHit::messageId).containsExactly(3L, 2L);
        assertThat(kt.total()).isEqualTo(2);
        assertThat(kt.facets().get(SearchResult.UNIT)).containsExactly(new FacetCount("KT", 2));

        SearchResult vp = index.search(request.withAccess(Access.unitsOnly(Set.of("vp"))));
        assertThat(vp.hits()).extracting(SearchHit::messageId).containsExactly(1L); // 4 is secret

        assertThat(index.search(SearchRequest.of("don-vi:VP").withAccess(Access.unitsOnly(Set.of("KT"))))
                        .total())
                .isZero();
        assertThat(index.search(SearchRequest.of("").withAccess(Access.unitsOnly(Set.of())))
                        .total())
                .isZero();
    }

    @Test
    void secretMessagesShouldBeVisibleOnlyWithSecretAccess() {
        SearchRequest request = SearchRequest.of("mật");
        assertThat(index.search(request.withAccess(Access.allUnitsWithoutSecret()))
                        .total())
                .isZero();
        assertThat(index.search(request.withAccess(Access.unitsOnly(Set.of("VP"))))
                        .total())
                .isZero();
        assertThat(index.search(request.withAccess(Access.everything())).hits())
                .extracting(SearchHit::messageId)
                .containsExactly(4L);
        assertThat(index.search(SearchRequest.of("").withAccess(Access.allUnitsWithoutSecret()))
                        .total())
                .isEqualTo(3);
    }

    private List<Long> ids(String query) {
        return index.search(SearchRequest.of(query)).hits().stream()
                .map(SearchHit::messageId)
                .toList();
    }

    private static IndexedMessage labelled(
            IndexedMessage m,
            String type,
            List<String> aliases,
            List<String> units,
            boolean secret,
            String receivedAt,
            String channel,
            String sender) {
        IndexedMessage dated = IndexedMessages.withReceivedAt(
                IndexedMessages.withChannel(
                        IndexedMessages.withSender(m, sender, sender.substring(sender.indexOf('@') + 1)), channel),
                Instant.parse(receivedAt));
        return dated.withLabels(new MessageLabels(Optional.of(type), aliases, units, secret, "PROCESSED"));
    }
}
