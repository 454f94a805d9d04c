package vn.officialmail.indexer.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * The mail index's per-field analyzer: {@link ExactVietnameseAnalyzer} for the {@code .exact}
 * fields, {@link VietnameseAnalyzer} for every other analysed field. Used alike for indexing,
 * querying and highlighting, so the three never disagree.
 */
public final class MailAnalyzer extends DelegatingAnalyzerWrapper {

    private final Analyzer folded = new VietnameseAnalyzer();
    private final Analyzer exact = new ExactVietnameseAnalyzer();

    /** Creates the analyzer with one folded and one exact delegate. */
    public MailAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return Fields.isExact(fieldName) ? exact : folded;
    }

    @Override
    public void close() {
        folded.close();
        exact.close();
        super.close();
    }
}
