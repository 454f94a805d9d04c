package vn.officialmail.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.officialmail.indexer.index.IndexedMessages.message;
import static vn.officialmail.indexer.index.IndexedMessages.withAttachments;
import static vn.officialmail.indexer.index.IndexedMessages.withRegisterNumber;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.officialmail.indexer.analysis.Fields;
import vn.officialmail.indexer.search.Access;
import vn.officialmail.indexer.search.SearchHit;
import vn.officialmail.indexer.search.SearchRequest;

/**
 * A relabel changes what people decided about a message (type, units, secrecy, state, register
 * number) and nothing else: the document rebuilt from the index alone is found by every query that
 * found it before.
 */
class LuceneMailIndexRelabelTest {

    private static final MessageLabels HELD =
            new MessageLabels(Optional.of("giay-moi"), List.of("GM"), List.of("VP"), false, "QUARANTINED");
    private static final MessageLabels RELEASED =
            new MessageLabels(Optional.of("bao-cao"), List.of("BC"), List.of("KT"), true, "RELEASED");

    /** The label fields: the only ones a relabel may change. */
    private static final Set<String> LABEL_FIELDS =
            Set.of(Fields.DOCUMENT_TYPE, Fields.UNIT, Fields.RESTRICTED, Fields.STATE);

    /** Queries that find {@link #letter()} whatever its labels. */
    private static final List<String> CONTENT_QUERIES = List.of(
            "giay moi hop", // subject, folded
            "\"Kính mời đồng chí\"", // body, exact phrase with diacritics
            "tieu-de:\"giấy mời\"",
            "chuong trinh nghi su", // first attachment's text
            "\"phụ lục kèm theo\"", // exact phrase in the second attachment
            "ke hoach", // attachment name
            "tu:van.thu@hanoi.gov.vn",
            "tu:hanoi.gov.vn",
            "den:lanh.dao@sotttt.hanoi.gov.vn",
            "den:hanoi.gov.vn",
            "ngay:2025-03-10",
            "kenh:OFFICIAL",
            "12 ubnd");

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
    void relabelShouldKeepEveryContentQueryAndFollowTheNewLabelsWhenLabelsChange() {
        index.index(letter().withLabels(HELD));
        index.index(other());
        index.refresh();
        assertThat(CONTENT_QUERIES).allSatisfy(q -> assertThat(ids(q)).as(q).containsExactly(1L));
        assertThat(ids("loai:GM trang-thai:QUARANTINED don-vi:VP")).containsExactly(1L);

        boolean relabelled = index.relabel(1, RELEASED, Optional.of("12/QĐ-UBND"));
        index.refresh();

        assertThat(relabelled).isTrue();
        assertThat(CONTENT_QUERIES).allSatisfy(q -> assertThat(ids(q)).as(q).containsExactly(1L));
        assertThat(ids("loai:BC trang-thai:RELEASED don-vi:KT loại:bao-cao")).containsExactly(1L);
        assertThat(ids("loai:GM")).isEmpty();
        assertThat(ids("trang-thai:QUARANTINED")).isEmpty();
        assertThat(ids("don-vi:VP")).isEmpty();
        assertThat(index.search(SearchRequest.of("giay moi").withAccess(Access.allUnitsWithoutSecret()))
                        .hits())
                .as("secret now")
                .isEmpty();
        SearchHit hit = index.search(SearchRequest.of("giay moi")).hits().get(0);
        assertThat(hit.subject()).isEqualTo("Giấy mời họp giao ban");
        assertThat(hit.documentType()).isEqualTo("bao-cao");
        assertThat(hit.registerNumber()).isEqualTo("12/QĐ-UBND");
        assertThat(hit.receivedAt()).isEqualTo(IndexedMessages.RECEIVED);
        assertThat(index.count()).isEqualTo(2);
    }

    @Test
    void relabelShouldLeaveEveryOtherIndexedTermAndStoredValueAsItWasWhenRebuiltFromTheIndex() throws IOException {
        index.index(letter().withLabels(HELD));
        index.commit();
        Snapshot before = snapshot(1);

        index.relabel(1, RELEASED, Optional.of("12/QĐ-UBND"));
        index.commit();
        Snapshot after = snapshot(1);

        assertThat(after.postings()).isEqualTo(before.postings());
        assertThat(after.stored()).isEqualTo(before.stored());
        assertThat(after.postings().keySet())
                .as("the snapshot sees the content fields")
                .contains(
                        Fields.SUBJECT_EXACT,
                        Fields.BODY,
                        Fields.ATTACHMENT_TEXT_EXACT,
                        Fields.ATTACHMENT_NAME,
                        Fields.ATTACHMENT_MEDIA_TYPE,
                        Fields.ATTACHMENT_OUTCOME,
                        Fields.RECIPIENT_DOMAINS,
                        Fields.FROM_DOMAIN);
    }

    @Test
    void relabelShouldChangeTheRegisterNumberWhenAClerkRegistersTheMessage() {
        index.index(message(1, "xin chao", "tai lieu hop giao ban"));

        index.relabel(1, HELD, Optional.of("7/GM-VP"));
        index.refresh();

        assertThat(ids("7 gm vp")).containsExactly(1L);
        assertThat(index.search(SearchRequest.of("tai lieu")).hits().get(0).registerNumber())
                .isEqualTo("7/GM-VP");
    }

    @Test
    void relabelShouldSeeTheLatestWriteWhenItIsNotYetVisible() {
        index.index(message(1, "Thông báo", "phiên bản một"));
        index.refresh();
        index.index(message(1, "Thông báo", "phiên bản hai"));

        index.relabel(1, RELEASED, Optional.empty());
        index.refresh();

        assertThat(ids("phien ban hai trang-thai:RELEASED")).containsExactly(1L);
        assertThat(ids("mot")).isEmpty();
    }

    @Test
    void relabelShouldChangeNothingAndSaySoWhenTheMessageIsNotIndexed() {
        index.index(message(1, "Thông báo", "nội dung"));

        boolean relabelled = index.relabel(2, RELEASED, Optional.empty());
        index.refresh();

        assertThat(relabelled).isFalse();
        assertThat(index.count()).isEqualTo(1);
        assertThat(ids("trang-thai:RELEASED")).isEmpty();
    }

    @Test
    void relabelShouldKeepEmptySubjectBodyAndAttachmentPartsWhenRebuilt() {
        index.index(withAttachments(
                message(1, "", ""),
                new IndexedAttachment("", "", "", ""),
                new IndexedAttachment("mật.pdf", "application/pdf", "", "encrypted")));
        index.commit();

        index.relabel(1, RELEASED, Optional.empty());
        index.commit();
        index.refresh();

        assertThat(storedMessage(1))
                .isEqualTo(withAttachments(
                                message(1, "", ""),
                                new IndexedAttachment("", "", "", ""),
                                new IndexedAttachment("mật.pdf", "application/pdf", "", "encrypted"))
                        .withLabels(MessageLabels.NONE));
        assertThat(ids("mat pdf trang-thai:RELEASED")).containsExactly(1L);
    }

    @Test
    void relabelShouldChangeNothingAndSaySoWhenTheIndexHasAnOlderLayout() throws IOException {
        index.index(message(1, "Cũ", "thư cũ"));
        index.close();
        // an index of layout 2 did not store attachment names: the commit without this layout's key
        try (var directory = FSDirectory.open(dir);
                var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of(LuceneMailIndex.SCHEMA_KEY, "2").entrySet(), true);
            writer.commit();
        }
        index = LuceneMailIndex.open(dir);

        boolean relabelled = index.relabel(1, RELEASED, Optional.empty());
        index.refresh();

        assertThat(relabelled).isFalse();
        assertThat(ids("trang-thai:RELEASED")).isEmpty();
        assertThat(ids("thu cu")).containsExactly(1L);
    }

    /** Sent to the agency with two attachments and a register number, received 2025-03-10. */
    private static IndexedMessage letter() {
        IndexedMessage base = withRegisterNumber(
                message(1, "Giấy mời họp giao ban", "Kính mời đồng chí dự họp giao ban tháng 3."), "12/QĐ-UBND");
        return withAttachments(
                base,
                new IndexedAttachment("Giấy_mời-họp.v2.pdf", "application/PDF", "Chương trình nghị sự", "ok"),
                new IndexedAttachment("Kế hoạch.docx", "", "Phụ lục kèm theo", "truncated"));
    }

    /** Another sender, recipient, channel and day. */
    private static IndexedMessage other() {
        return new IndexedMessage(
                2,
                "Báo cáo tháng",
                "Số liệu quý I.",
                "ketoan@mof.gov.vn",
                "mof.gov.vn",
                List.of("vp@moj.gov.vn"),
                "PERSONAL",
                IndexedMessages.RECEIVED.plus(Duration.ofDays(40)),
                Optional.empty(),
                List.of());
    }

    private List<Long> ids(String query) {
        return index.search(SearchRequest.of(query)).hits().stream()
                .map(SearchHit::messageId)
                .toList();
    }

    private IndexedMessage storedMessage(long messageId) {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs top = searcher.search(new TermQuery(MessageDocuments.idTerm(messageId)), 1);
            return MessageDocuments.fromStored(searcher.storedFields().document(top.scoreDocs[0].doc))
                    .orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Every indexed term of one live document with its positions and offsets, and its stored values. */
    private record Snapshot(Map<String, List<String>> postings, Map<String, List<String>> stored) {}

    private Snapshot snapshot(long messageId) throws IOException {
        Map<String, List<String>> postings = new TreeMap<>();
        Map<String, List<String>> stored = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                int doc = docOf(leaf, messageId, live);
                if (doc < 0) {
                    continue;
                }
                for (var info : leaf.reader().getFieldInfos()) {
                    Terms terms = leaf.reader().terms(info.name);
                    if (terms == null || LABEL_FIELDS.contains(info.name)) {
                        continue;
                    }
                    TermsEnum each = terms.iterator();
                    for (BytesRef term = each.next(); term != null; term = each.next()) {
                        PostingsEnum p = each.postings(null, PostingsEnum.ALL);
                        if (p.advance(doc) == doc) {
                            StringBuilder at = new StringBuilder(term.utf8ToString());
                            for (int i = 0; i < p.freq(); i++) {
                                at.append(' ')
                                        .append(p.nextPosition())
                                        .append(':')
                                        .append(p.startOffset());
                            }
                            postings.computeIfAbsent(info.name, f -> new ArrayList<>())
                                    .add(at.toString());
                        }
                    }
                }
                for (IndexableField field : leaf.reader().storedFields().document(doc)) {
                    if (!LABEL_FIELDS.contains(field.name())) {
                        stored.computeIfAbsent(field.name(), f -> new ArrayList<>())
                                .add(String.valueOf(
                                        field.stringValue() != null ? field.stringValue() : field.numericValue()));
                    }
                }
            }
        }
        return new Snapshot(postings, stored);
    }

    private static int docOf(LeafReaderContext leaf, long messageId, Bits live) throws IOException {
        PostingsEnum p = leaf.reader().postings(MessageDocuments.idTerm(messageId));
        if (p == null) {
            return -1;
        }
        for (int doc = p.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = p.nextDoc()) {
            if (live == null || live.get(doc)) {
                return doc;
            }
        }
        return -1;
    }
}
