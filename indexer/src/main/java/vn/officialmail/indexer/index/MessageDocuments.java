package vn.officialmail.indexer.index;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import vn.officialmail.indexer.analysis.Fields;
import vn.officialmail.indexer.analysis.Keywords;
import vn.officialmail.indexer.analysis.TwinAnalysis;
import vn.officialmail.indexer.search.QueryBuilder;

/**
 * Maps an {@link IndexedMessage} to its Lucene document, field by field as {@link Fields} describes,
 * and back from the document's stored fields ({@link #fromStored}), so that a relabel rebuilds the
 * document here rather than extracting the attachments again.
 */
final class MessageDocuments {

    /*
     * Stored only, one value per attachment in attachment order (empty values included), beside the
     * stored attachment texts: the indexed name is split into words and the media type and outcome
     * are lower-cased and left out when empty, so none of them can be read back from the index.
     */
    private static final String STORED_ATTACHMENT_NAME = Fields.ATTACHMENT_NAME + ".stored";
    private static final String STORED_ATTACHMENT_MEDIA_TYPE = Fields.ATTACHMENT_MEDIA_TYPE + ".stored";
    private static final String STORED_ATTACHMENT_OUTCOME = Fields.ATTACHMENT_OUTCOME + ".stored";

    /** Analysed, with offsets in the postings so the highlighter need not re-analyse (stored apart). */
    private static final FieldType HIGHLIGHTED_TEXT = highlightedText();

    private MessageDocuments() {}

    static Term idTerm(long messageId) {
        return new Term(Fields.MESSAGE_ID, Long.toString(messageId));
    }

    static Document toDocument(IndexedMessage message) {
        Document doc = new Document();
        doc.add(new StringField(Fields.MESSAGE_ID, Long.toString(message.messageId()), Field.Store.YES));
        doc.add(new TextField(Fields.SUBJECT, message.subject(), Field.Store.YES));
        doc.add(new TextField(Fields.SUBJECT_EXACT, message.subject(), Field.Store.NO));
        addTextPair(doc, Fields.BODY, Fields.BODY_EXACT, message.body());
        for (IndexedAttachment attachment : message.attachments()) {
            addTextPair(doc, Fields.ATTACHMENT_TEXT, Fields.ATTACHMENT_TEXT_EXACT, attachment.text());
            doc.add(new TextField(Fields.ATTACHMENT_NAME, fileNameWords(attachment.fileName()), Field.Store.NO));
            addKeyword(doc, Fields.ATTACHMENT_MEDIA_TYPE, lower(attachment.mediaType()));
            addKeyword(doc, Fields.ATTACHMENT_OUTCOME, lower(attachment.outcome()));
            doc.add(new StoredField(STORED_ATTACHMENT_NAME, attachment.fileName()));
            doc.add(new StoredField(STORED_ATTACHMENT_MEDIA_TYPE, attachment.mediaType()));
            doc.add(new StoredField(STORED_ATTACHMENT_OUTCOME, attachment.outcome()));
        }
        doc.add(new StringField(Fields.FROM_ADDRESS, lower(message.fromAddress()), Field.Store.YES));
        addDomain(doc, lower(message.fromDomain()));
        Set<String> recipientDomains = new LinkedHashSet<>();
        for (String recipient : message.recipients()) {
            doc.add(new StringField(Fields.RECIPIENTS, lower(recipient), Field.Store.YES));
            int at = recipient.lastIndexOf('@');
            if (at >= 0) {
                recipientDomains.addAll(withParents(lower(recipient.substring(at + 1))));
            }
        }
        recipientDomains.forEach(d -> doc.add(new StringField(Fields.RECIPIENT_DOMAINS, d, Field.Store.NO)));
        String channel = QueryBuilder.channelTerm(message.channel());
        doc.add(new StringField(Fields.CHANNEL, channel, Field.Store.YES));
        doc.add(new SortedSetDocValuesField(Fields.CHANNEL_FACET, new BytesRef(channel)));
        doc.add(new LongField(Fields.RECEIVED_AT, QueryBuilder.epochMillis(message.receivedAt()), Field.Store.YES));
        doc.add(new SortedSetDocValuesField(Fields.MONTH_FACET, new BytesRef(month(message.receivedAt()))));
        addLabels(doc, message.labels());
        message.registerNumber().ifPresent(number -> {
            doc.add(new StringField(Fields.REGISTER_NUMBER, number, Field.Store.YES));
            doc.add(new TextField(Fields.REGISTER_NUMBER_TEXT, number, Field.Store.NO));
        });
        return doc;
    }

    /**
     * The message a document was built from, read back from its stored fields, with {@link
     * MessageLabels#NONE} (the labels are not all stored: a relabel brings new ones). Addresses,
     * domain and channel come back normalised as indexed, which {@link #toDocument} indexes the same.
     *
     * @param stored every stored field of one document
     * @return the message; empty when the document lacks what this layout stores (an older layout)
     */
    static Optional<IndexedMessage> fromStored(Document stored) {
        String[] texts = stored.getValues(Fields.ATTACHMENT_TEXT);
        String[] names = stored.getValues(STORED_ATTACHMENT_NAME);
        String[] mediaTypes = stored.getValues(STORED_ATTACHMENT_MEDIA_TYPE);
        String[] outcomes = stored.getValues(STORED_ATTACHMENT_OUTCOME);
        IndexableField received = stored.getField(Fields.RECEIVED_AT);
        String channel = stored.get(Fields.CHANNEL);
        if (received == null || channel == null || stored.get(Fields.BODY) == null) {
            return Optional.empty();
        }
        if (names.length != texts.length || mediaTypes.length != texts.length || outcomes.length != texts.length) {
            return Optional.empty();
        }
        List<IndexedAttachment> attachments = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            attachments.add(new IndexedAttachment(names[i], mediaTypes[i], texts[i], outcomes[i]));
        }
        return Optional.of(new IndexedMessage(
                Long.parseLong(stored.get(Fields.MESSAGE_ID)),
                Objects.requireNonNullElse(stored.get(Fields.SUBJECT), ""),
                stored.get(Fields.BODY),
                Objects.requireNonNullElse(stored.get(Fields.FROM_ADDRESS), ""),
                Objects.requireNonNullElse(stored.get(Fields.FROM_DOMAIN), ""),
                List.of(stored.getValues(Fields.RECIPIENTS)),
                channel,
                Instant.ofEpochMilli(received.numericValue().longValue()),
                Optional.ofNullable(stored.get(Fields.REGISTER_NUMBER)),
                attachments,
                MessageLabels.NONE));
    }

    /**
     * A long text (not the subject: for a few words the twin's own streams cost more than a second
     * split, 6 % slower in {@code bench/results/2026-11-24-2227-index-load-ab.txt}) in its folded field (stored, with offsets for the highlighter) and its exact twin,
     * split into words once for both ({@link TwinAnalysis}).
     */
    private static void addTextPair(Document doc, String folded, String exact, String text) {
        TwinAnalysis analysis = TwinAnalysis.of(text);
        doc.add(new StoredField(folded, text));
        doc.add(new Field(folded, analysis.folded(), HIGHLIGHTED_TEXT));
        doc.add(new Field(exact, analysis.exact(), TextField.TYPE_NOT_STORED));
    }

    private static void addLabels(Document doc, MessageLabels labels) {
        labels.documentType().ifPresent(type -> {
            doc.add(new StoredField(Fields.DOCUMENT_TYPE, type));
            doc.add(new SortedSetDocValuesField(Fields.TYPE_FACET, new BytesRef(type)));
        });
        Set<String> typeTerms = new LinkedHashSet<>();
        labels.documentType().ifPresent(type -> typeTerms.add(Keywords.fold(type)));
        labels.documentTypeAliases().forEach(alias -> typeTerms.add(Keywords.fold(alias)));
        typeTerms.forEach(term -> doc.add(new StringField(Fields.DOCUMENT_TYPE, term, Field.Store.NO)));
        for (String unit : labels.units()) {
            doc.add(new StringField(Fields.UNIT, Keywords.fold(unit), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(Fields.UNIT_FACET, new BytesRef(unit.strip())));
        }
        if (labels.secret()) {
            doc.add(new StringField(Fields.RESTRICTED, Fields.SECRET, Field.Store.NO));
        }
        doc.add(new StringField(Fields.STATE, labels.state().strip().toUpperCase(Locale.ROOT), Field.Store.YES));
    }

    /** The month of an instant in the agency's time zone, {@code yyyy-MM}. */
    static String month(Instant instant) {
        return YearMonth.from(instant.atZone(Fields.AGENCY_ZONE)).toString();
    }

    private static void addKeyword(Document doc, String field, String value) {
        if (!value.isEmpty()) {
            doc.add(new StringField(field, value, Field.Store.NO));
        }
    }

    /** {@code a.b.vn}, {@code b.vn}, {@code vn}. */
    private static List<String> withParents(String domain) {
        List<String> all = new ArrayList<>();
        if (domain.isEmpty()) {
            return all;
        }
        all.add(domain);
        for (int dot = domain.indexOf('.'); dot >= 0; dot = domain.indexOf('.', dot + 1)) {
            String parent = domain.substring(dot + 1);
            if (!parent.isEmpty()) {
                all.add(parent);
            }
        }
        return all;
    }

    /** The domain (stored) and each parent domain (indexed only), so {@code from:gov.vn} matches. */
    private static void addDomain(Document doc, String domain) {
        doc.add(new StringField(Fields.FROM_DOMAIN, domain, Field.Store.YES));
        for (int dot = domain.indexOf('.'); dot >= 0; dot = domain.indexOf('.', dot + 1)) {
            String parent = domain.substring(dot + 1);
            if (!parent.isEmpty()) {
                doc.add(new StringField(Fields.FROM_DOMAIN, parent, Field.Store.NO));
            }
        }
    }

    /** "Giấy_mời-họp.v2.pdf" as words: the word breaker keeps "họp.v2" together otherwise. */
    private static String fileNameWords(String fileName) {
        return fileName.replaceAll("[._\\-]+", " ");
    }

    private static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static FieldType highlightedText() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
