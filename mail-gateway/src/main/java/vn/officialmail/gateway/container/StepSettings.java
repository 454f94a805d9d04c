package vn.officialmail.gateway.container;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One step of a processor: a matcher choosing recipients and the mailet that serves them, in the
 * shape of a James {@code <mailet match="..." class="...">} element. Sample:
 *
 * <pre>{@code
 * - match: RecipientIs=vanthu@hanoi.gov.vn
 *   mailet: SetMimeHeader
 *   params: {name: X-Van-Thu, value: "1"}
 *   on-exception: error
 * }</pre>
 *
 * @param match the matcher in James syntax, {@code Name} or {@code Name=condition} (e.g. {@code
 *     All}, {@code RecipientIs=a@b.gov.vn}, {@code SenderIsOfficial}); {@code All} when blank
 * @param mailet the mailet: a simple class name looked up in the gateway's and James's mailet
 *     packages, or a fully-qualified class name
 * @param params the mailet's init parameters, in order; empty when absent
 * @param onException what a failing matcher or mailet does to the mail: {@code error} (default)
 *     sends it to the {@code error} processor, {@code ignore} goes on with the next step, {@code
 *     propagate} fails the whole run, and any other value names the processor to send it to
 */
public record StepSettings(
        @DefaultValue("All") String match,
        String mailet,
        @DefaultValue Map<String, String> params,
        @DefaultValue("error") String onException) {

    /** Sends a failed mail to the {@code error} processor. */
    public static final String ON_EXCEPTION_ERROR = "error";
    /** Goes on with the next step as if the failed step had not matched. */
    public static final String ON_EXCEPTION_IGNORE = "ignore";
    /** Fails {@link MailetContainer#process} with the cause. */
    public static final String ON_EXCEPTION_PROPAGATE = "propagate";

    public StepSettings {
        match = match == null || match.isBlank() ? "All" : match.strip();
        mailet = mailet == null ? "" : mailet.strip();
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        onException = onException == null || onException.isBlank() ? ON_EXCEPTION_ERROR : onException.strip();
    }

    /** A step with no parameters whose failures go to the {@code error} processor. */
    public static StepSettings of(String match, String mailet) {
        return new StepSettings(match, mailet, Map.of(), ON_EXCEPTION_ERROR);
    }

    /** A step with parameters whose failures go to the {@code error} processor. */
    public static StepSettings of(String match, String mailet, Map<String, String> params) {
        return new StepSettings(match, mailet, params, ON_EXCEPTION_ERROR);
    }

    /** This step with failures handled by {@code onException} instead. */
    public StepSettings withOnException(String onException) {
        return new StepSettings(match, mailet, params, onException);
    }

    /** The matcher's name, without its condition. */
    String matcherName() {
        int equals = match.indexOf('=');
        return equals < 0 ? match : match.substring(0, equals).strip();
    }

    /** The matcher's condition, the part after the first {@code =}, or {@code null} when it has none. */
    @Nullable
    String matcherCondition() {
        int equals = match.indexOf('=');
        return equals < 0 ? null : match.substring(equals + 1).strip();
    }
}
