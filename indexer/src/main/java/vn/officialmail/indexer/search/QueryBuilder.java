package vn.officialmail.indexer.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import vn.officialmail.indexer.analysis.Fields;
import vn.officialmail.indexer.analysis.Keywords;

/**
 * Turns a {@link SearchRequest} into a Lucene query over the mail index.
 *
 * <p>Syntax (see {@link UserQueryParser}): words and {@code "quoted phrases"} must all match, each
 * in the subject, body, attachment text, attachment names or register number; prefixes such as
 * {@code tieu-de:}, {@code tu:}, {@code den:}, {@code kenh:}, {@code loai:}, {@code don-vi:} and the
 * date prefixes filter. The request's own filters and its {@link Access} are added as filters too,
 * so access control is part of the query. Bad text syntax is read as plain words; only an
 * unreadable date is refused.
 *
 * <p>Words are matched in the folded fields, so {@code giay moi} finds "Giấy mời". When a word or
 * phrase carries diacritics (its exact terms differ from its folded terms), it is also matched in the
 * exact fields with a boost of {@value #EXACT_BOOST}, so {@code giấy mời} ranks "Giấy mời" above
 * "Giày mới". A blank query matches every message; a query with nothing searchable in it ({@code
 * ???}) matches none.
 */
public final class QueryBuilder {

    /** Extra weight of a match in an exact (diacritics-kept) field. */
    public static final float EXACT_BOOST = 2.0f;

    /** Most terms one query may carry, well under Lucene's default clause limit of 1024. */
    static final int MAX_TERMS = 512;

    private static final Map<String, Float> FIELD_BOOSTS = Map.of(
            Fields.SUBJECT, 2.0f,
            Fields.BODY, 1.0f,
            Fields.ATTACHMENT_TEXT, 1.0f,
            Fields.ATTACHMENT_NAME, 1.0f,
            Fields.REGISTER_NUMBER_TEXT, 2.0f);

    private final org.apache.lucene.util.QueryBuilder analyzing;

    /**
     * Creates a builder that analyses query text with the index's analyzer.
     *
     * @param analyzer the per-field analyzer the index was written with ({@link
     *     vn.officialmail.indexer.analysis.MailAnalyzer})
     */
    public QueryBuilder(Analyzer analyzer) {
        this.analyzing = new org.apache.lucene.util.QueryBuilder(Objects.requireNonNull(analyzer, "analyzer"));
    }

    /**
     * Builds the query of a request: its text, its channel and date filters.
     *
     * @param request a validated request
     * @return a query; never throws on any query text
     */
    public Query build(SearchRequest request) {
        ParsedQuery parsed = UserQueryParser.parse(request.query());
        if (parsed.isEmpty() && !request.query().isBlank()) {
            return new MatchNoDocsQuery("nothing searchable in the query");
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int terms = 0;
        for (ParsedQuery.Text text : parsed.texts()) {
            Optional<Query> clause = textQuery(text);
            int clauseTerms = clause.map(QueryBuilder::termCount).orElse(0);
            if (clause.isPresent() && terms + clauseTerms <= MAX_TERMS) {
                query.add(clause.get(), Occur.MUST);
                terms += clauseTerms;
            }
        }
        anyOf(parsed.fromValues(), Fields.FROM_ADDRESS, Fields.FROM_DOMAIN).ifPresent(q -> query.add(q, Occur.FILTER));
        anyOf(parsed.toValues(), Fields.RECIPIENTS, Fields.RECIPIENT_DOMAINS)
                .ifPresent(q -> query.add(q, Occur.FILTER));
        anyOf(parsed.channels(), Fields.CHANNEL).ifPresent(q -> query.add(q, Occur.FILTER));
        anyOf(parsed.types(), Fields.DOCUMENT_TYPE).ifPresent(q -> query.add(q, Occur.FILTER));
        anyOf(parsed.units(), Fields.UNIT).ifPresent(q -> query.add(q, Occur.FILTER));
        anyOf(parsed.states(), Fields.STATE).ifPresent(q -> query.add(q, Occur.FILTER));
        request.channel()
                .map(c -> new TermQuery(new Term(Fields.CHANNEL, channelTerm(c))))
                .ifPresent(q -> query.add(q, Occur.FILTER));
        anyOf(request.types().stream().map(Keywords::fold).toList(), Fields.DOCUMENT_TYPE)
                .ifPresent(q -> query.add(q, Occur.FILTER));
        anyOf(request.units().stream().map(Keywords::fold).toList(), Fields.UNIT)
                .ifPresent(q -> query.add(q, Occur.FILTER));
        dateRange(later(request.from(), parsed.from()), earlier(request.to(), parsed.to()))
                .ifPresent(q -> query.add(q, Occur.FILTER));
        restrict(query, request.access());
        BooleanQuery built = query.build();
        boolean scoring = built.clauses().stream().anyMatch(c -> c.occur() == Occur.MUST);
        if (!scoring && !parsed.texts().isEmpty()) {
            return new MatchNoDocsQuery("no word of the query is searchable");
        }
        return scoring ? built : withMatchAll(built);
    }

    /**
     * Access control inside the query: the units the searcher may see, and no secret-marked
     * message unless allowed. Totals, facets and pages are therefore all computed on what the
     * searcher may see.
     */
    private static void restrict(BooleanQuery.Builder query, Access access) {
        if (!access.allUnits()) {
            Query units = anyOf(List.copyOf(access.units()), Fields.UNIT)
                    .orElseGet(() -> new MatchNoDocsQuery("the searcher may see no unit"));
            query.add(units, Occur.FILTER);
        }
        if (!access.secret()) {
            query.add(new TermQuery(new Term(Fields.RESTRICTED, Fields.SECRET)), Occur.MUST_NOT);
        }
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.or(() -> b);
        }
        return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }

    private static Optional<Instant> earlier(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.or(() -> b);
        }
        return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
    }

    /**
     * The indexed form of a channel name, shared with the index writer.
     *
     * @param channel a channel name in any case
     * @return the name stripped and in upper case
     */
    public static String channelTerm(String channel) {
        return channel.strip().toUpperCase(Locale.ROOT);
    }

    private Optional<Query> textQuery(ParsedQuery.Text text) {
        List<String> fields =
                text.scope() == ParsedQuery.Scope.SUBJECT ? List.of(Fields.SUBJECT) : Fields.DEFAULT_TEXT_FIELDS;
        boolean diacritics = hasDiacritics(text.value());
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        int added = 0;
        for (String field : fields) {
            float boost = FIELD_BOOSTS.getOrDefault(field, 1.0f);
            added += addShould(anyField, field, text.value(), boost);
            if (diacritics) {
                Optional<String> exact = Fields.exactTwin(field);
                if (exact.isPresent()) {
                    added += addShould(anyField, exact.get(), text.value(), boost * EXACT_BOOST);
                }
            }
        }
        return added == 0 ? Optional.empty() : Optional.of(anyField.build());
    }

    private int addShould(BooleanQuery.Builder builder, String field, String text, float boost) {
        Query query = analyzing.createPhraseQuery(field, text);
        if (query == null) {
            return 0;
        }
        builder.add(new BoostQuery(query, boost), Occur.SHOULD);
        return 1;
    }

    private boolean hasDiacritics(String text) {
        Query folded = analyzing.createPhraseQuery(Fields.BODY, text);
        Query exact = analyzing.createPhraseQuery(Fields.BODY_EXACT, text);
        return folded != null && exact != null && !terms(folded).equals(terms(exact));
    }

    private static Optional<Query> anyOf(List<String> values, String... fields) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String value : values) {
            for (String field : fields) {
                any.add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            }
        }
        return Optional.of(any.build());
    }

    private static Optional<Query> dateRange(Optional<Instant> from, Optional<Instant> to) {
        if (from.isEmpty() && to.isEmpty()) {
            return Optional.empty();
        }
        long lower = from.map(QueryBuilder::epochMillis).orElse(Long.MIN_VALUE);
        long upper = to.map(QueryBuilder::epochMillis)
                .map(millis -> millis == Long.MIN_VALUE ? millis : millis - 1) // "to" is exclusive
                .orElse(Long.MAX_VALUE);
        return Optional.of(LongPoint.newRangeQuery(Fields.RECEIVED_AT, lower, upper));
    }

    /**
     * The indexed form of an instant: epoch milliseconds, saturated at the ends of {@code long}.
     *
     * @param instant any instant
     * @return its epoch milliseconds, or {@link Long#MIN_VALUE}/{@link Long#MAX_VALUE} beyond them
     */
    public static long epochMillis(Instant instant) {
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException tooFar) {
            return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static Query withMatchAll(BooleanQuery filters) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        filters.clauses().forEach(all::add);
        return all.build();
    }

    private static List<String> terms(Query query) {
        List<String> terms = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... consumed) {
                for (Term term : consumed) {
                    terms.add(term.text());
                }
            }
        });
        return terms;
    }

    private static int termCount(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... consumed) {
                count[0] += consumed.length;
            }
        });
        return count[0];
    }
}
