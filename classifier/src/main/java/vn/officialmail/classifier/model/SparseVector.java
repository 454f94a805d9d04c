package vn.officialmail.classifier.model;

/**
 * A document's features: hashed bucket indices in the order first seen in the text, with
 * their weights (sublinear term
 * frequency, L2-normalised over every feature of the text).
 */
record SparseVector(int[] index, float[] value) {

    SparseVector {
        if (index.length != value.length) {
            throw new IllegalArgumentException(
                    "index and value must have the same length: " + index.length + " != " + value.length);
        }
    }

    int size() {
        return index.length;
    }
}
