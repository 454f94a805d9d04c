package vn.officialmail.gateway.processing;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The worker pool that takes spooled messages through the mailet pipeline.
 *
 * @param workers concurrent pipeline runs
 */
public record ProcessingSettings(@DefaultValue("4") @Min(1) int workers) {}
