package vn.officialmail.indexer.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@link UserQueryParser} understood of a user's query.
 *
 * @param texts words or phrases that must all match, each in its scope
 * @param fromValues sender addresses or domains from {@code tu:}/{@code from:}, any of which may match
 * @param channels channels from {@code kenh:}/{@code channel:}, any of which may match
 * @param toValues recipient addresses or domains from {@code den:}/{@code to:}, any of which may match
 * @param types document types from {@code loai:}/{@code type:}, folded, any of which may match
 * @param units unit codes from {@code don-vi:}/{@code unit:}, folded, any of which may match
 * @param states processing states from {@code trang-thai:}/{@code state:}, upper case, any of which
 *     may match
 * @param from received at or after, from the date prefixes
 * @param to received before, from the date prefixes
 */
record ParsedQuery(
        List<Text> texts,
        List<String> fromValues,
        List<String> channels,
        List<String> toValues,
        List<String> types,
        List<String> units,
        List<String> states,
        Optional<Instant> from,
        Optional<Instant> to) {

    ParsedQuery {
        texts = List.copyOf(texts);
        fromValues = List.copyOf(fromValues);
        channels = List.copyOf(channels);
        toValues = List.copyOf(toValues);
        types = List.copyOf(types);
        units = List.copyOf(units);
        states = List.copyOf(states);
    }

    boolean isEmpty() {
        return texts.isEmpty()
                && fromValues.isEmpty()
                && channels.isEmpty()
                && toValues.isEmpty()
                && types.isEmpty()
                && units.isEmpty()
                && states.isEmpty()
                && from.isEmpty()
                && to.isEmpty();
    }

    /** Where a text clause is searched. */
    enum Scope {
        /** The default text fields: subject, body, attachments, register number. */
        ALL,
        /** The subject only ({@code subject:}). */
        SUBJECT
    }

    /**
     * A word or a quoted phrase; a word that analyses to several terms ({@code 123/QĐ-UBND}) is
     * matched as a phrase of them.
     *
     * @param scope where to search it
     * @param value the text as typed (NFC)
     */
    record Text(Scope scope, String value) {}
}
