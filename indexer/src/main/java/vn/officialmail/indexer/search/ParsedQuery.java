package vn.officialmail.indexer.search;

import java.util.List;

/**
 * What {@link UserQueryParser} understood of a user's query.
 *
 * @param texts words or phrases that must all match, each in its scope
 * @param fromValues sender addresses or domains from {@code from:}, any of which may match
 * @param channels channels from {@code channel:}, any of which may match
 */
record ParsedQuery(List<Text> texts, List<String> fromValues, List<String> channels) {

    ParsedQuery {
        texts = List.copyOf(texts);
        fromValues = List.copyOf(fromValues);
        channels = List.copyOf(channels);
    }

    boolean isEmpty() {
        return texts.isEmpty() && fromValues.isEmpty() && channels.isEmpty();
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
