package vn.officialmail.indexer.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of one extraction: what a hostile or broken attachment may cost at most.
 *
 * @param maxBytes largest content parsed at all, in bytes, for the attachment and for every entry
 *     inside it; larger content is {@link ExtractedPart.Outcome#FAILED} without parsing
 * @param maxTextChars most characters of text kept per part; longer text is cut and {@link
 *     ExtractedPart.Outcome#TRUNCATED}
 * @param maxDepth how deep entries may nest: the attachment is depth 0, its entries depth 1, a file
 *     in a ZIP in a forwarded message depth 2; deeper entries are {@link
 *     ExtractedPart.Outcome#FAILED} and not opened
 * @param maxExpansionRatio how many times its own size all the entries unpacked from an attachment
 *     may add up to (ZIP bombs); once over, the remaining entries are {@link
 *     ExtractedPart.Outcome#FAILED} and not unpacked
 * @param maxParts most parts reported for one attachment (the attachment and its entries)
 * @param partTimeout longest an attachment may take, all its entries and OCR included; enforced by
 *     stopping the parser process when extraction runs out of process
 */
public record ExtractionLimits(
        long maxBytes, int maxTextChars, int maxDepth, int maxExpansionRatio, int maxParts, Duration partTimeout) {

    /** Default {@link #maxBytes()}: 50 MiB. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    /** Default {@link #maxTextChars()}: one million characters. */
    public static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;

    /** Default {@link #maxDepth()}: 10, enough for a forwarded message ten times over. */
    public static final int DEFAULT_MAX_DEPTH = 10;

    /** Default {@link #maxExpansionRatio()}: 100; text and office files compress 3–20 times. */
    public static final int DEFAULT_MAX_EXPANSION_RATIO = 100;

    /** Default {@link #maxParts()}: 1,000. */
    public static final int DEFAULT_MAX_PARTS = 1_000;

    /** Default {@link #partTimeout()}: two minutes, room for OCR of a few scanned pages. */
    public static final Duration DEFAULT_PART_TIMEOUT = Duration.ofMinutes(2);

    /** Checks that every limit is positive. */
    public ExtractionLimits {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be >= 1: " + maxBytes);
        }
        if (maxTextChars < 1) {
            throw new IllegalArgumentException("maxTextChars must be >= 1: " + maxTextChars);
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be >= 1: " + maxDepth);
        }
        if (maxExpansionRatio < 1) {
            throw new IllegalArgumentException("maxExpansionRatio must be >= 1: " + maxExpansionRatio);
        }
        if (maxParts < 1) {
            throw new IllegalArgumentException("maxParts must be >= 1: " + maxParts);
        }
        Objects.requireNonNull(partTimeout, "partTimeout must not be null");
        if (partTimeout.isNegative() || partTimeout.isZero()) {
            throw new IllegalArgumentException("partTimeout must be positive: " + partTimeout);
        }
    }

    /**
     * Byte and text limits with the other defaults.
     *
     * @param maxBytes see {@link #maxBytes()}
     * @param maxTextChars see {@link #maxTextChars()}
     */
    public ExtractionLimits(long maxBytes, int maxTextChars) {
        this(
                maxBytes,
                maxTextChars,
                DEFAULT_MAX_DEPTH,
                DEFAULT_MAX_EXPANSION_RATIO,
                DEFAULT_MAX_PARTS,
                DEFAULT_PART_TIMEOUT);
    }

    /**
     * The defaults: {@value #DEFAULT_MAX_BYTES} bytes, {@value #DEFAULT_MAX_TEXT_CHARS} characters,
     * depth {@value #DEFAULT_MAX_DEPTH}, ratio {@value #DEFAULT_MAX_EXPANSION_RATIO}, {@value
     * #DEFAULT_MAX_PARTS} parts, two minutes.
     *
     * @return the default limits
     */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT_CHARS);
    }

    /**
     * These limits with another depth.
     *
     * @param depth the new {@link #maxDepth()}
     * @return a copy
     */
    public ExtractionLimits withMaxDepth(int depth) {
        return new ExtractionLimits(maxBytes, maxTextChars, depth, maxExpansionRatio, maxParts, partTimeout);
    }

    /**
     * These limits with another expansion ratio.
     *
     * @param ratio the new {@link #maxExpansionRatio()}
     * @return a copy
     */
    public ExtractionLimits withMaxExpansionRatio(int ratio) {
        return new ExtractionLimits(maxBytes, maxTextChars, maxDepth, ratio, maxParts, partTimeout);
    }

    /**
     * These limits with another time limit.
     *
     * @param timeout the new {@link #partTimeout()}
     * @return a copy
     */
    public ExtractionLimits withPartTimeout(Duration timeout) {
        return new ExtractionLimits(maxBytes, maxTextChars, maxDepth, maxExpansionRatio, maxParts, timeout);
    }
}
