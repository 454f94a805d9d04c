package vn.officialmail.indexer.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;
import vn.officialmail.indexer.analysis.Fields;

/**
 * Picks one short fragment per hit, from the body if the query matched there, else from the
 * attachment text; matched words are wrapped in {@code <b>…</b>} and the rest is HTML-escaped.
 */
final class SnippetHighlighter {

    /** Fragment length the sentence breaker aims at, in characters. */
    static final int FRAGMENT_CHARS = 160;

    /** How far into a long text matches are looked for. */
    static final int MAX_ANALYZED_CHARS = 100_000;

    private static final String[] FIELDS = {Fields.BODY, Fields.ATTACHMENT_TEXT};
    private static final int[] ONE_PASSAGE_EACH = {1, 1};

    private final Analyzer analyzer;

    SnippetHighlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Returns one fragment per document id, in the same order; empty where nothing matched. */
    String[] highlight(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        String[] snippets = new String[docIds.length];
        if (docIds.length == 0) {
            return snippets;
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), FRAGMENT_CHARS, 0.5f))
                .withMaxNoHighlightPassages(0)
                .withMaxLength(MAX_ANALYZED_CHARS)
                .build();
        Map<String, String[]> byField = highlighter.highlightFields(FIELDS, query, docIds, ONE_PASSAGE_EACH);
        for (int i = 0; i < docIds.length; i++) {
            snippets[i] = firstNonEmpty(byField.get(Fields.BODY)[i], byField.get(Fields.ATTACHMENT_TEXT)[i]);
        }
        return snippets;
    }

    private static String firstNonEmpty(@Nullable String first, @Nullable String second) {
        if (first != null && !first.isEmpty()) {
            return first.strip();
        }
        return second == null ? "" : second.strip();
    }
}
