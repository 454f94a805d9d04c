package vn.officialmail.classifier.marking;

import java.util.Objects;

/**
 * A detected mark with its confidence and the line it was read from.
 *
 * @param level the level
 * @param confidence 0 to 1
 * @param evidence the text the mark was read from, to show a reviewer
 */
public record Mark<L extends Enum<L>>(L level, double confidence, String evidence) {

    public Mark {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(evidence, "evidence");
    }
}
