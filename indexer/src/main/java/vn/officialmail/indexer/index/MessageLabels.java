package vn.officialmail.indexer.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the gateway decided about a message, to filter, facet and restrict on: its document type,
 * the units it concerns, its secrecy and its processing state.
 *
 * @param documentType the catalogue id of the document type, for example {@code giay-moi}; empty
 *     when unclassified. The facet value of {@code loai}.
 * @param documentTypeAliases other names {@code loai:} finds the type by, for example the
 *     abbreviation {@code GM}; matched case- and diacritics-insensitively
 * @param units the codes of the units the message concerns (the sender's unit and the recipients'
 *     units, from the directory); a user restricted to a unit sees only messages listing it
 * @param secret true when the message carries a secrecy mark (MẬT, TỐI MẬT, TUYỆT MẬT): hidden from
 *     every search whose {@link vn.officialmail.indexer.search.Access} does not allow secret mail
 * @param state the processing state, for example {@code PROCESSED} or {@code QUARANTINED}
 */
public record MessageLabels(
        Optional<String> documentType,
        List<String> documentTypeAliases,
        List<String> units,
        boolean secret,
        String state) {

    /** No type, no unit, not secret, state {@code PROCESSED}. */
    public static final MessageLabels NONE =
            new MessageLabels(Optional.empty(), List.of(), List.of(), false, "PROCESSED");

    /** Checks every component and copies the lists. */
    public MessageLabels {
        Objects.requireNonNull(documentType, "documentType must not be null (use Optional.empty())");
        Objects.requireNonNull(state, "state must not be null");
        if (documentType.isPresent() && documentType.get().isBlank()) {
            throw new IllegalArgumentException("documentType must not be blank when present");
        }
        if (state.isBlank()) {
            throw new IllegalArgumentException("state must not be blank");
        }
        documentTypeAliases =
                documentTypeAliases.stream().filter(a -> !a.isBlank()).toList();
        units = units.stream().filter(u -> !u.isBlank()).distinct().toList();
    }
}
