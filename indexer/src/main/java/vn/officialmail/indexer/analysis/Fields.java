package vn.officialmail.indexer.analysis;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Names of the mail index's fields, one constant per field, shared by the writer, the query builder
 * and the highlighter.
 *
 * <p>Text fields come in pairs: the plain name is analysed by {@link VietnameseAnalyzer} (folded)
 * and the name with {@link #EXACT_SUFFIX} by {@link ExactVietnameseAnalyzer} (diacritics kept).
 * Keyword fields ({@link #MESSAGE_ID}, {@link #FROM_ADDRESS}, {@link #FROM_DOMAIN}, {@link
 * #RECIPIENTS}, {@link #CHANNEL}, {@link #REGISTER_NUMBER}) are indexed as single terms.
 */
public final class Fields {

    /** Suffix of the diacritics-kept twin of a folded text field. */
    public static final String EXACT_SUFFIX = ".exact";

    /** The message id, decimal, one term; the key for update and delete. Stored. */
    public static final String MESSAGE_ID = "messageId";

    /** Subject, folded. Stored (the original text). */
    public static final String SUBJECT = "subject";

    /** Subject, diacritics kept. */
    public static final String SUBJECT_EXACT = SUBJECT + EXACT_SUFFIX;

    /** Body text, folded. Stored, with offsets, for highlighting. */
    public static final String BODY = "body";

    /** Body text, diacritics kept. */
    public static final String BODY_EXACT = BODY + EXACT_SUFFIX;

    /** Extracted attachment text (one value per attachment), folded. Stored, for highlighting. */
    public static final String ATTACHMENT_TEXT = "attachmentText";

    /** Extracted attachment text, diacritics kept. */
    public static final String ATTACHMENT_TEXT_EXACT = ATTACHMENT_TEXT + EXACT_SUFFIX;

    /** Attachment file names, with {@code . _ -} read as spaces, folded. Not stored. */
    public static final String ATTACHMENT_NAME = "attachmentName";

    /** Sender address, lower case, one term. Stored. */
    public static final String FROM_ADDRESS = "fromAddress";

    /**
     * Sender domain, lower case, indexed with every parent domain ({@code vp.hanoi.gov.vn}, {@code
     * hanoi.gov.vn}, {@code gov.vn}, {@code vn}) so {@code from:gov.vn} finds all of them. Stored (the
     * domain as given).
     */
    public static final String FROM_DOMAIN = "fromDomain";

    /** Recipient addresses, lower case, one term each; stored, so a relabel can rebuild the document. */
    public static final String RECIPIENTS = "recipients";

    /** Channel name, upper case, one term. Stored. */
    public static final String CHANNEL = "channel";

    /** Received instant in epoch milliseconds: point (range filter), stored and doc values (sort). */
    public static final String RECEIVED_AT = "receivedAt";

    /** Register number as given (for example {@code 123/QĐ-UBND}), one term. Stored. */
    public static final String REGISTER_NUMBER = "registerNumber";

    /** Register number, folded words, so {@code 123 qd ubnd} finds {@code 123/QĐ-UBND}. */
    public static final String REGISTER_NUMBER_TEXT = "registerNumber.text";

    /**
     * Document type: the catalogue id and its aliases (abbreviation), {@link Keywords#fold folded},
     * one term each; the id is stored.
     */
    public static final String DOCUMENT_TYPE = "documentType";

    /** Unit codes the message concerns, {@link Keywords#fold folded}, one term each (access control). */
    public static final String UNIT = "unit";

    /** {@value #SECRET} when the message is secret-marked; absent otherwise (access control). */
    public static final String RESTRICTED = "restricted";

    /** The only value of {@link #RESTRICTED}. */
    public static final String SECRET = "secret";

    /** Processing state, upper case, one term. Stored. */
    public static final String STATE = "state";

    /** Recipient domains with every parent domain, lower case, one term each. */
    public static final String RECIPIENT_DOMAINS = "recipientDomains";

    /** Detected media type of each attachment, lower case, one term each. */
    public static final String ATTACHMENT_MEDIA_TYPE = "attachmentMediaType";

    /** Extraction outcome of each attachment, lower case ({@code ok}, {@code encrypted}…), one term each. */
    public static final String ATTACHMENT_OUTCOME = "attachmentOutcome";

    /** Suffix of the doc-values field a facet is counted on (values as shown, not folded). */
    public static final String FACET_SUFFIX = ".facet";

    /** Facet of document type ids. */
    public static final String TYPE_FACET = DOCUMENT_TYPE + FACET_SUFFIX;

    /** Facet of channels. */
    public static final String CHANNEL_FACET = CHANNEL + FACET_SUFFIX;

    /** Facet of unit codes. */
    public static final String UNIT_FACET = UNIT + FACET_SUFFIX;

    /** Facet of the month received, {@code yyyy-MM} in {@link #AGENCY_ZONE}. */
    public static final String MONTH_FACET = "month" + FACET_SUFFIX;

    /** The time zone months and day filters are read in. */
    public static final ZoneId AGENCY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The folded text fields that a query without a field prefix searches. */
    public static final List<String> DEFAULT_TEXT_FIELDS =
            List.of(SUBJECT, BODY, ATTACHMENT_TEXT, ATTACHMENT_NAME, REGISTER_NUMBER_TEXT);

    private static final List<String> WITH_EXACT_TWIN = List.of(SUBJECT, BODY, ATTACHMENT_TEXT);

    private Fields() {}

    /**
     * Returns the exact (diacritics-kept) twin of a folded text field, if it has one.
     *
     * @param foldedField a folded text field such as {@link #BODY}
     * @return {@code field + ".exact"} for {@link #SUBJECT}, {@link #BODY} and {@link
     *     #ATTACHMENT_TEXT}; empty for any other field
     */
    public static Optional<String> exactTwin(String foldedField) {
        return WITH_EXACT_TWIN.contains(foldedField) ? Optional.of(foldedField + EXACT_SUFFIX) : Optional.empty();
    }

    /**
     * Tells whether a field is analysed with {@link ExactVietnameseAnalyzer}.
     *
     * @param field any field name
     * @return true for the {@code .exact} fields
     */
    public static boolean isExact(String field) {
        return field.endsWith(EXACT_SUFFIX);
    }
}
