package vn.officialmail.indexer.extract;

/**
 * Bounds of one extraction.
 *
 * @param maxBytes largest content parsed at all, in bytes; larger content is {@link
 *     ExtractedPart.Outcome#FAILED} without parsing
 * @param maxTextChars most characters of text kept; longer text is cut and {@link
 *     ExtractedPart.Outcome#TRUNCATED}
 */
public record ExtractionLimits(long maxBytes, int maxTextChars) {

    /** Default {@link #maxBytes()}: 50 MiB. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    /** Default {@link #maxTextChars()}: one million characters. */
    public static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;

    /** Checks that both limits are positive. */
    public ExtractionLimits {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be >= 1: " + maxBytes);
        }
        if (maxTextChars < 1) {
            throw new IllegalArgumentException("maxTextChars must be >= 1: " + maxTextChars);
        }
    }

    /**
     * The defaults: {@value #DEFAULT_MAX_BYTES} bytes, {@value #DEFAULT_MAX_TEXT_CHARS} characters.
     *
     * @return the default limits
     */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT_CHARS);
    }
}
