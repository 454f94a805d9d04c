package vn.officialmail.gateway.container;

import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs mail through the configured processors, the way James's mailet container does: in each
 * processor, step by step, a matcher picks recipients and a mailet serves them; a mailet moves the
 * mail on by setting its state, and {@code ghost} ends it.
 *
 * <ul>
 *   <li>A matcher that picks some of the recipients splits the mail: a duplicate with those
 *       recipients goes through the mailet and on from there, the original keeps the others and
 *       goes on with the next step.
 *   <li>A mail that reaches the end of a processor without a new state, or has no recipients left,
 *       ends ({@code ghost}).
 *   <li>A failing matcher or mailet is handled by its step's {@link StepSettings#onException()}. A
 *       failure in the {@code error} processor propagates unless that step ignores failures, so
 *       errors never loop.
 *   <li>More than {@value #MAX_PROCESSOR_TRANSITIONS} moves between processors fail the run: a
 *       configuration loop must not spin forever.
 * </ul>
 *
 * <p>The pipeline is checked and every mailet and matcher initialized when the container is built;
 * after that it is immutable, and {@link #process} may run on several threads at once (mailets must
 * be thread-safe, as in James).
 */
public final class MailetContainer implements AutoCloseable {
    /** Where every mail starts. */
    public static final String ROOT = Mail.DEFAULT;
    /** Where mail goes when a step fails (unless the step says otherwise). */
    public static final String ERROR = Mail.ERROR;
    /** Where mail that is to be relayed goes, by convention. */
    public static final String TRANSPORT = Mail.TRANSPORT;
    /** Where mail is held, intact, for a person to decide (ARCHITECTURE.md, secret-marked mail). */
    public static final String QUARANTINE = "quarantine";
    /** The terminal state: processing ends here. It is not a processor. */
    public static final String GHOST = Mail.GHOST;
    /** How often one mail may move between processors before the run fails as a loop. */
    public static final int MAX_PROCESSOR_TRANSITIONS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(MailetContainer.class);

    private final Map<String, List<LoadedStep>> processors;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Checks the pipeline and loads and initializes every matcher and mailet in it.
     *
     * @throws InvalidPipelineException when a required processor is missing, {@code ghost} is
     *     configured, a processor is empty, an {@code onException} or a mailet's declared target
     *     names no processor, or a mailet or matcher cannot be loaded
     */
    public MailetContainer(PipelineSettings settings, MailetLoader loader, GatewayMailetContext context) {
        this.processors = PipelineAssembler.assemble(settings, loader, context);
        LOG.info("Mailet container started with processors {}", processors.keySet());
    }

    /**
     * Takes a mail from its state ({@code root} when it has none) to the end, together with every
     * mail split from it on the way. Afterwards the mail's state is {@code ghost}.
     *
     * @throws MessagingException when a step that propagates failures fails, a step in the {@code
     *     error} processor fails, the mail's state names no processor, or the mail loops
     */
    public void process(Mail mail) throws MessagingException {
        if (closed.get()) {
            throw new IllegalStateException(
                    "the mailet container is closed; mail " + mail.getName() + " not processed");
        }
        String state = mail.getState();
        if (state == null || state.isBlank()) {
            state = ROOT;
        }
        if (!state.equals(GHOST) && !processors.containsKey(state)) {
            throw new MessagingException("mail " + mail.getName() + " is in state '" + state
                    + "', but no processor of that name is configured; configured: " + processors.keySet());
        }
        run(mail, state, 0, false, new ArrayList<>());
    }

    /**
     * Runs one mail on from a processor's step until it ends.
     *
     * @param resumed the mail was just split off at step {@code from}, which matched it already
     * @param path the processors entered so far, for loop protection
     */
    private void run(Mail mail, String start, int from, boolean resumed, List<String> path) throws MessagingException {
        String state = start;
        boolean resuming = resumed;
        while (!state.equals(GHOST) && !mail.getRecipients().isEmpty()) {
            if (!resuming) {
                enter(mail, state, path);
            }
            mail.setState(state);
            state = runSteps(mail, processors.get(state), resuming ? from : 0, resuming, path);
            resuming = false;
        }
        mail.setState(GHOST);
    }

    private static void enter(Mail mail, String processor, List<String> path) throws MessagingException {
        path.add(processor);
        if (path.size() > MAX_PROCESSOR_TRANSITIONS + 1) {
            throw new MessagingException("mail " + mail.getName() + " moved between processors more than "
                    + MAX_PROCESSOR_TRANSITIONS + " times, so the pipeline loops: " + String.join(" → ", path));
        }
    }

    /** Runs a processor's steps from {@code from}; returns the state to go on in. */
    private String runSteps(Mail mail, List<LoadedStep> steps, int from, boolean matchedAlready, List<String> path)
            throws MessagingException {
        for (int i = from; i < steps.size(); i++) {
            LoadedStep step = steps.get(i);
            if (!(matchedAlready && i == from)) {
                Collection<MailAddress> matched;
                try {
                    matched = step.matcher().match(mail);
                } catch (MessagingException | RuntimeException e) {
                    Optional<String> next =
                            onFailure(mail, step, "Matcher " + step.settings().match(), e);
                    if (next.isPresent()) {
                        return next.get();
                    }
                    continue;
                }
                List<MailAddress> selected = selected(mail.getRecipients(), matched);
                if (selected.isEmpty()) {
                    continue;
                }
                if (selected.size() < mail.getRecipients().size()) {
                    split(mail, step, i, selected, path);
                    continue;
                }
            }
            Optional<String> next = serve(mail, step);
            if (next.isPresent()) {
                return next.get();
            }
            if (mail.getRecipients().isEmpty()) {
                return GHOST;
            }
        }
        LOG.debug(
                "Mail {} reached the end of processor {} without a new state: it ends here ({})",
                mail.getName(),
                mail.getState(),
                GHOST);
        return GHOST;
    }

    /** The matched recipients that the mail has, in the mail's order. */
    private static List<MailAddress> selected(Collection<MailAddress> recipients, Collection<MailAddress> matched) {
        if (matched == null || matched.isEmpty()) {
            return List.of();
        }
        Set<MailAddress> wanted = new HashSet<>(matched);
        return recipients.stream().filter(wanted::contains).toList();
    }

    private void split(Mail mail, LoadedStep step, int index, List<MailAddress> selected, List<String> path)
            throws MessagingException {
        Set<MailAddress> taken = new HashSet<>(selected);
        List<MailAddress> rest =
                mail.getRecipients().stream().filter(r -> !taken.contains(r)).toList();
        Mail duplicate = mail.duplicate();
        duplicate.setRecipients(selected);
        mail.setRecipients(rest);
        LOG.debug(
                "Matcher {} split mail {}: {} goes on as {}, {} stays",
                step.settings().match(),
                mail.getName(),
                selected,
                duplicate.getName(),
                rest);
        run(duplicate, step.processor(), index, true, new ArrayList<>(path));
    }

    /** Runs the step's mailet; returns the state to go on in, or empty to go on with the next step. */
    private Optional<String> serve(Mail mail, LoadedStep step) throws MessagingException {
        try {
            step.mailet().service(mail);
        } catch (MessagingException | RuntimeException e) {
            return onFailure(mail, step, mailetName(step), e);
        }
        String after = mail.getState();
        if (after == null || after.equals(step.processor())) {
            mail.setState(step.processor());
            return Optional.empty();
        }
        if (!after.equals(GHOST) && !processors.containsKey(after)) {
            return onFailure(
                    mail,
                    step,
                    mailetName(step),
                    new MessagingException("it set state '" + after
                            + "', but no processor of that name is configured; configured: " + processors.keySet()));
        }
        return Optional.of(after);
    }

    /**
     * Applies the step's {@code onException}; returns the state to go on in, or empty to go on with
     * the next step.
     */
    private static Optional<String> onFailure(Mail mail, LoadedStep step, String failed, Exception failure)
            throws MessagingException {
        String policy = step.settings().onException();
        boolean inError = step.processor().equals(ERROR);
        if (policy.equals(StepSettings.ON_EXCEPTION_IGNORE)) {
            LOG.warn(
                    "{} failed on mail {} in processor {}, step {}; ignored (onException: ignore)",
                    failed,
                    mail.getName(),
                    step.processor(),
                    step.number(),
                    failure);
            mail.setState(step.processor());
            return Optional.empty();
        }
        if (policy.equals(StepSettings.ON_EXCEPTION_PROPAGATE) || inError) {
            throw new MessagingException(
                    failed + " failed on mail " + mail.getName() + " in processor " + step.processor(), failure);
        }
        String target = policy.equals(StepSettings.ON_EXCEPTION_ERROR) ? ERROR : policy;
        LOG.warn(
                "{} failed on mail {} in processor {}, step {}; sending it to processor {}",
                failed,
                mail.getName(),
                step.processor(),
                step.number(),
                target,
                failure);
        mail.setErrorMessage(failed + " failed in processor " + step.processor() + ", step " + step.number() + ": "
                + MailetLoader.describe(failure));
        mail.setAttribute(new Attribute(Mail.MAILET_ERROR, AttributeValue.ofUnserializable(failure)));
        mail.setState(target);
        return Optional.of(target);
    }

    private static String mailetName(LoadedStep step) {
        return "Mailet " + step.settings().mailet();
    }

    /** Each processor's steps as {@code "Matcher → Mailet"}, in order, for diagnostics. */
    public Map<String, List<String>> describe() {
        Map<String, List<String>> description = new LinkedHashMap<>();
        processors.forEach((processor, steps) -> description.put(
                processor, steps.stream().map(LoadedStep::describe).toList()));
        return Collections.unmodifiableMap(description);
    }

    /** Destroys every mailet and matcher; further {@link #process} calls fail. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            processors.values().forEach(steps -> steps.forEach(LoadedStep::destroy));
            LOG.info("Mailet container stopped");
        }
    }
}
