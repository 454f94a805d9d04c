package vn.officialmail.gateway.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.officialmail.config.catalogue.DocumentType;
import vn.officialmail.config.catalogue.DocumentTypeCatalogue;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.classification.DocumentClassifications;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.message.MessageRecord;
import vn.officialmail.gateway.message.MessageRecords;
import vn.officialmail.indexer.index.MessageLabels;

/**
 * What the index filters, facets and restricts on, gathered from what the pipeline recorded: the
 * document type (with its abbreviation, so {@code loai:GM} works), the units of the sender and the
 * recipients from the directory, the secrecy mark and the record's state. Read after the message's
 * transaction has committed, so it sees the classification and state of that transaction.
 */
@Service
public final class IndexLabels {

    /** The classifier's type for messages it could not classify; not a document type. */
    private static final String UNCLASSIFIED = "unclassified";

    private final DocumentClassifications classifications;
    private final MessageRecords records;
    private final Directory directory;
    private final DocumentTypeCatalogue catalogue;

    public IndexLabels(
            DocumentClassifications classifications,
            MessageRecords records,
            Directory directory,
            DocumentTypeCatalogue catalogue) {
        this.classifications = classifications;
        this.records = records;
        this.directory = directory;
        this.catalogue = catalogue;
    }

    /** The labels of a recorded message, from its sender and recipients as indexed. */
    public MessageLabels of(long recordId, String fromAddress, List<String> recipients) {
        Optional<DocumentFacts> facts = classifications.find(recordId);
        Optional<String> type = facts.map(DocumentFacts::type).filter(t -> !t.isBlank() && !t.equals(UNCLASSIFIED));
        List<String> aliases = type.flatMap(catalogue::type)
                .flatMap(DocumentType::abbreviation)
                .map(List::of)
                .orElse(List.of());
        boolean secret = facts.flatMap(DocumentFacts::secrecy).isPresent();
        String state = records.findById(recordId).map(MessageRecord::state).orElse("PROCESSED");
        return new MessageLabels(type, aliases, units(fromAddress, recipients), secret, state);
    }

    /** The sender's unit first, then the recipients' units, each once. */
    private List<String> units(String fromAddress, List<String> recipients) {
        List<String> units = new ArrayList<>();
        if (!fromAddress.isBlank()) {
            directory.unitOfMailbox(fromAddress).map(Unit::code).ifPresent(units::add);
        }
        for (String recipient : recipients) {
            directory
                    .unitOfMailbox(recipient)
                    .map(Unit::code)
                    .filter(u -> !units.contains(u))
                    .ifPresent(units::add);
        }
        return units;
    }
}
