package vn.officialmail.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import vn.officialmail.indexer.analysis.Fields;
import vn.officialmail.indexer.search.FacetCount;
import vn.officialmail.indexer.search.SearchResult;

/**
 * Counts the facets (type, channel, unit, month) over every message a query matches, from the
 * {@code .facet} doc-values fields, and the matching messages themselves. Counting is per segment by
 * ordinal, and the ordinals are turned into values once per segment, so the cost is one pass over the
 * matching documents; the page's total comes from the same pass instead of a second one.
 */
final class FacetCounter {

    /** Most values returned per facet. */
    static final int MAX_VALUES = 50;

    private static final Map<String, String> FACET_FIELDS = facetFields();

    private FacetCounter() {}

    /** The facets of a query and the number of messages it matches. */
    record Counts(long matching, Map<String, List<FacetCount>> facets) {}

    static Counts count(IndexSearcher searcher, Query query) throws IOException {
        Totals totals = searcher.search(query, new Manager());
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Map.Entry<String, String> facet : FACET_FIELDS.entrySet()) {
            Map<String, Long> counts = totals.byField().getOrDefault(facet.getValue(), Map.of());
            Comparator<FacetCount> order = facet.getKey().equals(SearchResult.MONTH)
                    ? Comparator.comparing(FacetCount::value).reversed()
                    : Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);
            facets.put(
                    facet.getKey(),
                    counts.entrySet().stream()
                            .map(e -> new FacetCount(e.getKey(), e.getValue()))
                            .sorted(order)
                            .limit(MAX_VALUES)
                            .toList());
        }
        return new Counts(totals.matching(), facets);
    }

    private static Map<String, String> facetFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(SearchResult.TYPE, Fields.TYPE_FACET);
        fields.put(SearchResult.CHANNEL, Fields.CHANNEL_FACET);
        fields.put(SearchResult.UNIT, Fields.UNIT_FACET);
        fields.put(SearchResult.MONTH, Fields.MONTH_FACET);
        return fields;
    }

    private record Totals(long matching, Map<String, Map<String, Long>> byField) {}

    private static final class Manager implements CollectorManager<Counting, Totals> {
        @Override
        public Counting newCollector() {
            return new Counting();
        }

        @Override
        public Totals reduce(Collection<Counting> collectors) {
            Map<String, Map<String, Long>> merged = new HashMap<>();
            long matching = 0;
            for (Counting collector : collectors) {
                collector.finishSegment();
                matching += collector.matching;
                collector.totals.forEach((field, counts) -> counts.forEach((value, n) ->
                        merged.computeIfAbsent(field, f -> new HashMap<>()).merge(value, n, Long::sum)));
            }
            return new Totals(matching, merged);
        }
    }

    /** Counts ordinals of one segment at a time, then adds them up by value. */
    private static final class Counting extends SimpleCollector {
        private final Map<String, Map<String, Long>> totals = new HashMap<>();
        private final List<SortedSetDocValues> segmentValues = new ArrayList<>();
        private final List<long[]> segmentCounts = new ArrayList<>();
        private final List<String> fields = List.copyOf(FACET_FIELDS.values());
        private long matching;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            finishSegment();
            for (String field : fields) {
                SortedSetDocValues values = DocValues.getSortedSet(context.reader(), field);
                segmentValues.add(values);
                segmentCounts.add(new long[(int) Math.min(Integer.MAX_VALUE, values.getValueCount())]);
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            matching++;
            for (int f = 0; f < fields.size(); f++) {
                SortedSetDocValues values = segmentValues.get(f);
                if (values.advanceExact(doc)) {
                    long[] counts = segmentCounts.get(f);
                    for (int i = 0; i < values.docValueCount(); i++) {
                        counts[(int) values.nextOrd()]++;
                    }
                }
            }
        }

        /** Turns the last segment's ordinal counts into counts by value ({@code lookupOrd} is random access). */
        void finishSegment() {
            try {
                for (int f = 0; f < segmentValues.size(); f++) {
                    long[] counts = segmentCounts.get(f);
                    SortedSetDocValues values = segmentValues.get(f);
                    Map<String, Long> byValue = totals.computeIfAbsent(fields.get(f), x -> new HashMap<>());
                    for (int ord = 0; ord < counts.length; ord++) {
                        if (counts[ord] > 0) {
                            byValue.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            segmentValues.clear();
            segmentCounts.clear();
        }

        @Override
        public void setScorer(Scorable scorer) {
            // counts only
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
