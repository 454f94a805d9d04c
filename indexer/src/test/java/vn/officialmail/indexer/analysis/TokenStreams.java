package vn.officialmail.indexer.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Test helper: the terms an analyzer produces, in order. */
public final class TokenStreams {

    private TokenStreams() {}

    /** Analyses {@code text} as field {@code field} and returns its terms. */
    public static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Analyses {@code text} as an arbitrary field. */
    public static List<String> terms(Analyzer analyzer, String text) {
        return terms(analyzer, "f", text);
    }
}
