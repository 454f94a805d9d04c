package vn.officialmail.classifier.classify;

import java.util.List;
import vn.officialmail.classifier.header.DocumentHeader;

/**
 * Something that reads a document and votes for types: the header rules ({@link HeaderRules}) and the
 * statistical model over folded n-grams ({@link ModelEvidence}) for text without a clean header.
 */
public interface EvidenceSource {

    /**
     * Evidence for the text.
     *
     * @param text the subject and normalised body
     * @param header the header already extracted from the body
     */
    List<Evidence> evidence(DocumentText text, DocumentHeader header);
}
