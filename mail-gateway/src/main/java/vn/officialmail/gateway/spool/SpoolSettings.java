package vn.officialmail.gateway.spool;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The durable spool: what is acknowledged with 250 is on disk first.
 *
 * @param segmentSize a spool segment is closed and a new one started past this size
 * @param minFreeSpace below this much free disk the listener answers 452 instead of accepting
 * @param maxGroupCommitDelay how long a commit waits to gather more messages into one fsync
 * @param maxPending spooled but unprocessed messages beyond this get 452 (back-pressure)
 */
public record SpoolSettings(
        @DefaultValue("64MB") DataSize segmentSize,
        @DefaultValue("512MB") DataSize minFreeSpace,
        @DefaultValue("2ms") Duration maxGroupCommitDelay,
        @DefaultValue("20000") @Min(1) int maxPending) {}
