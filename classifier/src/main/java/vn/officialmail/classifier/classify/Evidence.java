package vn.officialmail.classifier.classify;

import java.util.Objects;

/**
 * One piece of evidence for a document type.
 *
 * @param typeId the catalogue type it points to
 * @param weight 0 to 1, how sure this evidence alone makes one
 * @param reason a Vietnamese sentence for the clerk, e.g. "Dòng tên loại văn bản: «QUYẾT ĐỊNH»"
 */
public record Evidence(String typeId, double weight, String reason) {

    public Evidence {
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(reason, "reason");
        if (weight < 0 || weight > 1) {
            throw new IllegalArgumentException("weight must be between 0 and 1: " + weight);
        }
    }
}
