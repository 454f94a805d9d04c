package vn.officialmail.indexer.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import vn.officialmail.indexer.analysis.Fields;
import vn.officialmail.indexer.search.FacetCount;
import vn.officialmail.indexer.search.SearchHit;
import vn.officialmail.indexer.search.SearchRequest;
import vn.officialmail.indexer.search.SearchResult;
import vn.officialmail.indexer.search.SortOrder;

/**
 * Runs a query on one searcher and turns the requested page into hits, in the request's order
 * (relevance then newest, newest, oldest), with the facets counted when asked for.
 */
final class PageCollector {

    private static final Sort RELEVANCE_THEN_NEWEST =
            new Sort(SortField.FIELD_SCORE, new SortedNumericSortField(Fields.RECEIVED_AT, SortField.Type.LONG, true));
    private static final Sort NEWEST =
            new Sort(new SortedNumericSortField(Fields.RECEIVED_AT, SortField.Type.LONG, true), SortField.FIELD_DOC);
    private static final Sort OLDEST =
            new Sort(new SortedNumericSortField(Fields.RECEIVED_AT, SortField.Type.LONG, false), SortField.FIELD_DOC);
    private static final Set<String> HIT_FIELDS = Set.of(
            Fields.MESSAGE_ID,
            Fields.SUBJECT,
            Fields.RECEIVED_AT,
            Fields.CHANNEL,
            Fields.DOCUMENT_TYPE,
            Fields.REGISTER_NUMBER);

    private final SnippetHighlighter highlighter;

    PageCollector(Analyzer analyzer) {
        this.highlighter = new SnippetHighlighter(analyzer);
    }

    SearchResult collect(IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
        TopFieldDocs top = searcher.search(query, request.offset() + request.limit(), sort(request.sort()), true);
        FacetCounter.Counts counts = request.facets() ? FacetCounter.count(searcher, query) : null;
        long total;
        if (counts != null) {
            total = counts.matching();
        } else if (top.totalHits.relation() == TotalHits.Relation.EQUAL_TO) {
            total = top.totalHits.value();
        } else {
            total = searcher.count(query);
        }
        ScoreDoc[] page = Arrays.copyOfRange(
                top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
        String[] snippets = highlighter.highlight(
                searcher, query, Arrays.stream(page).mapToInt(d -> d.doc).toArray());
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = searcher.storedFields().document(page[i].doc, HIT_FIELDS);
            String subject = Objects.requireNonNullElse(doc.get(Fields.SUBJECT), "");
            hits.add(new SearchHit(
                    Long.parseLong(doc.get(Fields.MESSAGE_ID)),
                    page[i].score,
                    subject,
                    snippets[i],
                    Instant.ofEpochMilli(
                            doc.getField(Fields.RECEIVED_AT).numericValue().longValue()),
                    Objects.requireNonNullElse(doc.get(Fields.CHANNEL), ""),
                    Objects.requireNonNullElse(doc.get(Fields.DOCUMENT_TYPE), ""),
                    Objects.requireNonNullElse(doc.get(Fields.REGISTER_NUMBER), "")));
        }
        Map<String, List<FacetCount>> facets = counts == null ? Map.of() : counts.facets();
        return new SearchResult(total, hits, facets);
    }

    private static Sort sort(SortOrder order) {
        return switch (order) {
            case RELEVANCE -> RELEVANCE_THEN_NEWEST;
            case NEWEST -> NEWEST;
            case OLDEST -> OLDEST;
        };
    }
}
