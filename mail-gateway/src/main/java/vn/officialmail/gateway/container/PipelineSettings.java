package vn.officialmail.gateway.container;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mailet processors, bound from {@code gateway.pipeline}: each processor is an ordered list of
 * steps, and a mail enters {@code root} first. Sample:
 *
 * <pre>{@code
 * gateway:
 *   pipeline:
 *     processors:
 *       root:
 *         - match: All
 *           mailet: VerifySenderTrust
 *         - match: RecipientIs=archive@bocongan.gov.vn
 *           mailet: SetMimeHeader
 *           params: {name: X-Archive, value: "yes"}
 *           on-exception: ignore
 *         - mailet: ToProcessor
 *           params: {processor: transport}
 *       transport:
 *         - mailet: RelayMail
 *       error:
 *         - mailet: QuarantineSecretDocument
 *           params: {notice: pipeline-error}
 * }</pre>
 *
 * <p>{@code root} and {@code error} must exist and {@code ghost} must not: it is the state in which
 * processing ends. {@link MailetContainer} checks this when it starts.
 *
 * @param processors processor name to its steps, in the order the steps run
 */
public record PipelineSettings(@DefaultValue Map<String, List<StepSettings>> processors) {

    public PipelineSettings {
        LinkedHashMap<String, List<StepSettings>> copy = new LinkedHashMap<>();
        if (processors != null) {
            processors.forEach((name, steps) -> copy.put(name, steps == null ? List.of() : List.copyOf(steps)));
        }
        processors = Collections.unmodifiableMap(copy);
    }
}
