package vn.officialmail.gateway.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import vn.officialmail.indexer.extract.ExtractionLimits;
import vn.officialmail.indexer.extract.WorkerLaunch;

/**
 * What attachment extraction may cost at most ({@code gateway.extraction.*}, docs/extraction.md);
 * the defaults are {@link ExtractionLimits#defaults()} and two workers of 512 MiB. A value out of
 * range stops the start with the key, the value and what is allowed.
 *
 * @param maxBytes largest attachment, or entry inside one, that is parsed at all (1 byte to 2 GiB);
 *     a larger one is {@code FAILED} unparsed
 * @param maxTextChars most characters of text kept per part; longer text is cut, {@code TRUNCATED}
 * @param maxDepth how deep entries may nest (an attachment is depth 0)
 * @param maxExpansionRatio how many times its own size the entries unpacked from an attachment may
 *     add up to (ZIP bombs)
 * @param maxParts most parts reported for one attachment
 * @param partTimeout longest one attachment may take in its worker, OCR included (1 s to 1 h)
 * @param workers worker processes parsing at once, one attachment each
 * @param workerHeap each worker's Java heap ({@code -Xmx}), for example {@code 512m} or {@code 1g}
 */
public record ExtractionSettings(
        @DefaultValue("50MB") DataSize maxBytes,
        @DefaultValue("1000000") @Min(1) @Max(100_000_000) int maxTextChars,
        @DefaultValue("10") @Min(1) @Max(100) int maxDepth,
        @DefaultValue("100") @Min(1) @Max(100_000) int maxExpansionRatio,
        @DefaultValue("1000") @Min(1) @Max(1_000_000) int maxParts,
        @DefaultValue("2m") Duration partTimeout,
        @DefaultValue("2") @Min(1) @Max(64) int workers,
        @DefaultValue("512m")
                @Pattern(
                        regexp = "[1-9][0-9]{0,5}[kKmMgG]",
                        message = "phải có dạng 512m hoặc 1g / must look like 512m or 1g")
                String workerHeap) {

    private static final DataSize MAX_BYTES_CEILING = DataSize.ofGigabytes(2);
    private static final Duration TIMEOUT_FLOOR = Duration.ofSeconds(1);
    private static final Duration TIMEOUT_CEILING = Duration.ofHours(1);

    /** Checks the sizes and durations, which bean validation cannot bound. */
    public ExtractionSettings {
        if (maxBytes.toBytes() < 1 || maxBytes.compareTo(MAX_BYTES_CEILING) > 0) {
            throw new IllegalArgumentException("gateway.extraction.max-bytes = " + maxBytes
                    + ": phải từ 1B đến 2GB / allowed 1B to 2GB (for example 50MB)");
        }
        if (partTimeout.compareTo(TIMEOUT_FLOOR) < 0 || partTimeout.compareTo(TIMEOUT_CEILING) > 0) {
            throw new IllegalArgumentException("gateway.extraction.part-timeout = " + partTimeout
                    + ": phải từ 1s đến 1h / allowed 1s to 1h (for example 2m)");
        }
    }

    /** The limits each extraction is held to. */
    public ExtractionLimits limits() {
        return new ExtractionLimits(
                maxBytes.toBytes(), maxTextChars, maxDepth, maxExpansionRatio, maxParts, partTimeout);
    }

    /** The defaults, as when nothing is configured. */
    public static ExtractionSettings defaults() {
        ExtractionLimits limits = ExtractionLimits.defaults();
        return new ExtractionSettings(
                DataSize.ofBytes(limits.maxBytes()),
                limits.maxTextChars(),
                limits.maxDepth(),
                limits.maxExpansionRatio(),
                limits.maxParts(),
                limits.partTimeout(),
                ExtractionWorkers.WORKERS,
                WorkerLaunch.DEFAULT_MAX_HEAP);
    }
}
