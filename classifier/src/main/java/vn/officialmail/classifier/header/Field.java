package vn.officialmail.classifier.header;

import java.util.Objects;

/**
 * One extracted value with the extractor's confidence in it.
 *
 * @param value the value
 * @param confidence 0 to 1: 0.9 and more when the value sits where Decree 30 puts it, lower when found by
 *     a looser rule (a wrapped line, a fallback place in the text)
 */
public record Field<T>(T value, double confidence) {

    public Field {
        Objects.requireNonNull(value, "value");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
    }
}
