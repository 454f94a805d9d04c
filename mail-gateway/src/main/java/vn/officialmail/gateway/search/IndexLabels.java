package vn.officialmail.gateway.search;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.officialmail.config.catalogue.DocumentType;
import vn.officialmail.config.catalogue.DocumentTypeCatalogue;
import vn.officialmail.gateway.classification.DocumentClassifications;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.message.MessageRecord;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.gateway.message.MessageUnits;
import vn.officialmail.gateway.registry.ClerkDecisions;
import vn.officialmail.gateway.registry.ReviewQueue;
import vn.officialmail.indexer.analysis.Keywords;
import vn.officialmail.indexer.index.MessageLabels;

/**
 * What the index filters, facets and restricts on, gathered from what the pipeline recorded: the
 * document type (with its abbreviation, so {@code loai:GM} works), the units of the sender and the
 * recipients from the directory, the secrecy mark and the record's state. Read after the message's
 * transaction has committed, so it sees the classification and state of that transaction.
 *
 * <p>A clerk's word outranks the classifier's: the type a clerk registered the message under
 * (review-queue confirmation) is its type when the catalogue knows that name, and a message the
 * clerk dismissed from the review queue as not a document to register has no type.
 */
@Service
public final class IndexLabels {

    /** The classifier's type for messages it could not classify; not a document type. */
    private static final String UNCLASSIFIED = "unclassified";

    private final DocumentClassifications classifications;
    private final MessageRecords records;
    private final MessageUnits units;
    private final DocumentTypeCatalogue catalogue;
    private final ClerkDecisions clerks;

    public IndexLabels(
            DocumentClassifications classifications,
            MessageRecords records,
            MessageUnits units,
            DocumentTypeCatalogue catalogue,
            ClerkDecisions clerks) {
        this.classifications = classifications;
        this.records = records;
        this.units = units;
        this.catalogue = catalogue;
        this.clerks = clerks;
    }

    /** The labels of a recorded message, from its sender and recipients as indexed. */
    public MessageLabels of(long recordId, String fromAddress, List<String> recipients) {
        Optional<DocumentFacts> facts = classifications.find(recordId);
        Optional<String> type = type(recordId, facts);
        List<String> aliases = type.flatMap(catalogue::type)
                .flatMap(DocumentType::abbreviation)
                .map(List::of)
                .orElse(List.of());
        boolean secret = facts.flatMap(DocumentFacts::secrecy).isPresent();
        String state = records.findById(recordId).map(MessageRecord::state).orElse("PROCESSED");
        return new MessageLabels(type, aliases, units.of(fromAddress, recipients), secret, state);
    }

    private Optional<String> type(long recordId, Optional<DocumentFacts> facts) {
        ClerkDecisions.Decision clerk = clerks.of(recordId);
        if (clerk.review().filter(ReviewQueue.State.DISMISSED::equals).isPresent()) {
            return Optional.empty();
        }
        return clerk.registeredTypeName().flatMap(this::catalogueTypeNamed).or(() -> facts.map(DocumentFacts::type)
                .filter(t -> !t.isBlank() && !t.equals(UNCLASSIFIED)));
    }

    /**
     * The catalogue id of a type a person named: by id, name, English name or alias without case or
     * diacritics, or by its exact abbreviation ({@code QĐ} and {@code QyĐ} are different types).
     */
    private Optional<String> catalogueTypeNamed(String name) {
        String wanted = Keywords.fold(name);
        return catalogue.types().stream()
                .filter(t -> Keywords.fold(t.id()).equals(wanted)
                        || Keywords.fold(t.name()).equals(wanted)
                        || Keywords.fold(t.nameEn()).equals(wanted)
                        || t.abbreviation().filter(name.strip()::equals).isPresent()
                        || t.aliases().stream().map(Keywords::fold).anyMatch(wanted::equals))
                .map(DocumentType::id)
                .findFirst();
    }
}
