package vn.officialmail.gateway.container;

import static vn.officialmail.gateway.container.MailetContainer.ERROR;
import static vn.officialmail.gateway.container.MailetContainer.GHOST;
import static vn.officialmail.gateway.container.MailetContainer.ROOT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.mailet.Mailet;
import org.apache.mailet.MailetContext;
import org.apache.mailet.Matcher;
import org.apache.mailet.ProcessingState;

/**
 * Checks a {@link PipelineSettings} and loads every step of it, so that everything that can be
 * wrong with a pipeline is found before the first mail: missing {@code root} or {@code error},
 * a configured {@code ghost}, an empty processor, an {@code onException} or a mailet's declared
 * target ({@link Mailet#requiredProcessingState()}, e.g. {@code ToProcessor}) naming no processor,
 * and any mailet or matcher the {@link MailetLoader} refuses.
 */
final class PipelineAssembler {

    private PipelineAssembler() {}

    /**
     * The loaded steps of each processor, in order.
     *
     * @throws InvalidPipelineException on the first problem found; what was loaded is destroyed
     */
    static Map<String, List<LoadedStep>> assemble(
            PipelineSettings settings, MailetLoader loader, MailetContext context) {
        Map<String, List<StepSettings>> configured = settings.processors();
        check(configured);
        List<LoadedStep> loaded = new ArrayList<>();
        Map<String, List<LoadedStep>> processors = new LinkedHashMap<>();
        try {
            configured.forEach((processor, steps) -> {
                List<LoadedStep> processorSteps = new ArrayList<>();
                for (int i = 0; i < steps.size(); i++) {
                    LoadedStep step = load(processor, i + 1, steps.get(i), loader, context, configured.keySet());
                    loaded.add(step);
                    processorSteps.add(step);
                }
                processors.put(processor, List.copyOf(processorSteps));
            });
        } catch (RuntimeException e) {
            loaded.forEach(LoadedStep::destroy);
            throw e;
        }
        return Collections.unmodifiableMap(processors);
    }

    private static void check(Map<String, List<StepSettings>> configured) {
        List<String> missing = Set.of(ROOT, ERROR).stream()
                .filter(name -> !configured.containsKey(name))
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidPipelineException("the pipeline needs processors [" + ROOT + ", " + ERROR + "]; missing: "
                    + missing + "; configured: " + configured.keySet());
        }
        if (configured.containsKey(GHOST)) {
            throw new InvalidPipelineException("processor '" + GHOST
                    + "' cannot be configured: it is the state in which processing ends; configured: "
                    + configured.keySet());
        }
        configured.forEach((processor, steps) -> {
            if (steps.isEmpty()) {
                throw new InvalidPipelineException("processor '" + processor
                        + "' has no steps; it needs at least one (e.g. mailet: Null to end processing there)");
            }
            for (int i = 0; i < steps.size(); i++) {
                String onException = steps.get(i).onException();
                if (!isPolicy(onException) && !configured.containsKey(onException)) {
                    throw new InvalidPipelineException("onException '" + onException + "' of step " + (i + 1)
                            + " in processor '" + processor + "' names no processor; allowed: error, ignore,"
                            + " propagate or one of " + configured.keySet());
                }
            }
        });
    }

    private static boolean isPolicy(String onException) {
        return onException.equals(StepSettings.ON_EXCEPTION_ERROR)
                || onException.equals(StepSettings.ON_EXCEPTION_IGNORE)
                || onException.equals(StepSettings.ON_EXCEPTION_PROPAGATE);
    }

    private static LoadedStep load(
            String processor,
            int number,
            StepSettings settings,
            MailetLoader loader,
            MailetContext context,
            Set<String> processorNames) {
        Matcher matcher = loader.loadMatcher(processor, number, settings, context);
        Mailet mailet;
        try {
            mailet = loader.loadMailet(processor, number, settings, context);
        } catch (RuntimeException e) {
            LoadedStep.destroyQuietly(matcher);
            throw e;
        }
        LoadedStep step = new LoadedStep(processor, number, settings, matcher, mailet);
        for (ProcessingState target : mailet.requiredProcessingState()) {
            String state = target.getValue();
            if (!state.equals(GHOST) && !processorNames.contains(state)) {
                step.destroy();
                throw new InvalidPipelineException("mailet '" + settings.mailet() + "' in processor '" + processor
                        + "', step " + number + " sends mail to processor '" + state
                        + "', which is not configured; configured: " + processorNames);
            }
        }
        return step;
    }
}
