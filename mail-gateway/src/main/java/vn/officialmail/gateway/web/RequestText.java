package vn.officialmail.gateway.web;

import java.text.Normalizer;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A free text from a request (API body or console form) as the gateway keeps it: stripped, in NFC
 * so a decomposed Vietnamese text (typed on some systems) is stored, searched and compared like a
 * composed one, bounded, and absent when blank. The bound is on the kept text, so decomposition
 * does not count against it.
 */
public final class RequestText {

    /** A text over its bound: the API answers 400 with this reason; console pages catch it and say so. */
    public static final class TooLongException extends ResponseStatusException {

        private final int max;

        TooLongException(int max) {
            super(HttpStatus.BAD_REQUEST, "Trường quá dài / a field is longer than " + max + " characters");
            this.max = max;
        }

        /** The bound that was passed. */
        public int max() {
            return max;
        }
    }

    private RequestText() {}

    /**
     * The text, stripped and NFC, or empty when {@code value} is null or blank.
     *
     * @throws TooLongException when the kept text is longer than {@code max} characters
     */
    public static Optional<String> of(@Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (text.length() > max) {
            throw new TooLongException(max);
        }
        return Optional.of(text);
    }
}
