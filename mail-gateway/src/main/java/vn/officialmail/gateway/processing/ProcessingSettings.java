package vn.officialmail.gateway.processing;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The worker pool that takes spooled messages through the mailet pipeline.
 *
 * @param workers concurrent pipeline runs
 * @param batchSize messages a worker takes through the pipeline in one database transaction when
 *     several wait (one commit for all of them; a batch that fails is redone one by one)
 */
public record ProcessingSettings(@DefaultValue("2") @Min(1) int workers, @DefaultValue("8") @Min(1) int batchSize) {}
