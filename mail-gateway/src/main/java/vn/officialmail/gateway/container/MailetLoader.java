package vn.officialmail.gateway.container;

import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.mailet.Mailet;
import org.apache.mailet.MailetContext;
import org.apache.mailet.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Finds, creates and initializes the mailet and matcher of a {@link StepSettings}, failing with a
 * message that names the step and what was tried, so a bad pipeline stops the gateway at startup.
 *
 * <p>A name with a dot is a fully-qualified class name (a nested class may be written with a dot
 * or a {@code $}); a simple name is looked up in {@link #MAILET_PACKAGES} or {@link
 * #MATCHER_PACKAGES}, in order, so the gateway's own classes win over James's stock ones. Instances
 * come from the factory given to the constructor — in the gateway, Spring's bean factory, so mailets
 * get their services through their constructor — and are then initialized with the step's
 * parameters or condition, as James does.
 */
public final class MailetLoader {
    /** Where a mailet's simple name is looked up, in order. */
    public static final List<String> MAILET_PACKAGES =
            List.of("vn.officialmail.gateway.mailets", "org.apache.james.transport.mailets");
    /** Where a matcher's simple name is looked up, in order. */
    public static final List<String> MATCHER_PACKAGES =
            List.of("vn.officialmail.gateway.matchers", "org.apache.james.transport.matchers");

    private final Function<Class<?>, Object> factory;
    private final ClassLoader classLoader;

    /**
     * @param factory creates an instance of a mailet or matcher class, e.g. {@code
     *     beanFactory::createBean} for constructor injection, or a no-argument reflective factory
     */
    public MailetLoader(Function<Class<?>, Object> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.classLoader = Objects.requireNonNullElse(
                Thread.currentThread().getContextClassLoader(), MailetLoader.class.getClassLoader());
    }

    /**
     * The initialized mailet of a step.
     *
     * @param processor the processor the step belongs to, for messages
     * @param step the step's number in its processor, from 1, for messages
     * @throws InvalidPipelineException when the mailet is unknown, cannot be created or rejects its
     *     parameters
     */
    public Mailet loadMailet(String processor, int step, StepSettings settings, MailetContext context) {
        String name = settings.mailet();
        String where = where(processor, step);
        if (name.isBlank()) {
            throw new InvalidPipelineException("step " + step + " in processor '" + processor
                    + "' has no mailet; every step needs one, e.g. mailet: Null");
        }
        Mailet mailet = create("mailet", name, Mailet.class, MAILET_PACKAGES, where);
        try {
            mailet.init(new StepMailetConfig(name, settings.params(), context));
        } catch (MessagingException | RuntimeException e) {
            throw new InvalidPipelineException(
                    "mailet '" + name + "' " + where + " rejected its parameters: " + describe(e), e);
        }
        return mailet;
    }

    /**
     * The initialized matcher of a step, from {@code Name} or {@code Name=condition}.
     *
     * @param processor the processor the step belongs to, for messages
     * @param step the step's number in its processor, from 1, for messages
     * @throws InvalidPipelineException when the matcher is unknown, cannot be created or rejects its
     *     condition
     */
    public Matcher loadMatcher(String processor, int step, StepSettings settings, MailetContext context) {
        String name = settings.matcherName();
        String where = where(processor, step);
        if (name.isBlank()) {
            throw new InvalidPipelineException("step " + step + " in processor '" + processor
                    + "' has a matcher without a name: '" + settings.match() + "'; expected Name or Name=condition");
        }
        Matcher matcher = create("matcher", name, Matcher.class, MATCHER_PACKAGES, where);
        try {
            matcher.init(new StepMatcherConfig(name, settings.matcherCondition(), context));
        } catch (MessagingException | RuntimeException e) {
            throw new InvalidPipelineException(
                    "matcher '" + settings.match() + "' " + where + " rejected its condition: " + describe(e), e);
        }
        return matcher;
    }

    private <T> T create(String kind, String name, Class<T> api, List<String> packages, String where) {
        Class<?> type = resolve(kind, name, api, packages, where);
        Object instance;
        try {
            instance = factory.apply(type);
        } catch (RuntimeException e) {
            throw new InvalidPipelineException(
                    kind + " '" + name + "' " + where + " could not be created as " + type.getName() + ": "
                            + describe(e),
                    e);
        }
        if (!api.isInstance(instance)) {
            throw new InvalidPipelineException(kind + " '" + name + "' " + where + ": the factory made "
                    + (instance == null ? "null" : instance.getClass().getName()) + " instead of a "
                    + type.getName());
        }
        return api.cast(instance);
    }

    private Class<?> resolve(String kind, String name, Class<?> api, List<String> packages, String where) {
        boolean qualified = name.indexOf('.') >= 0;
        List<String> candidates = qualified
                ? binaryNames(name)
                : packages.stream().map(pkg -> pkg + "." + name).toList();
        List<Class<?>> wrongType = new ArrayList<>();
        for (String candidate : candidates) {
            Optional<Class<?>> type = find(candidate, kind, name, where);
            if (type.isPresent() && api.isAssignableFrom(type.get())) {
                return type.get();
            }
            type.ifPresent(wrongType::add);
        }
        if (!wrongType.isEmpty()) {
            throw new InvalidPipelineException(kind + " '" + name + "' " + where + " is "
                    + wrongType.get(0).getName() + ", which is not a " + api.getName());
        }
        throw new InvalidPipelineException("unknown " + kind + " '" + name + "' " + where
                + (qualified ? "; no class of that name is on the class path" : "; looked in " + packages));
    }

    private Optional<Class<?>> find(String className, String kind, String name, String where) {
        try {
            return Optional.of(Class.forName(className, false, classLoader));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        } catch (LinkageError e) {
            throw new InvalidPipelineException(
                    kind + " '" + name + "' " + where + " could not be loaded as " + className + ": " + describe(e), e);
        }
    }

    /** {@code a.b.Outer.Inner} might be {@code a.b.Outer$Inner}: try each dot from the right. */
    private static List<String> binaryNames(String name) {
        List<String> names = new ArrayList<>();
        String candidate = name;
        names.add(candidate);
        for (int dot = candidate.lastIndexOf('.'); dot > 0; dot = candidate.lastIndexOf('.')) {
            candidate = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
            names.add(candidate);
        }
        return names;
    }

    private static String where(String processor, int step) {
        return "in processor '" + processor + "', step " + step;
    }

    /** The first message in a chain of causes, for a one-line error. */
    static String describe(@Nullable Throwable error) {
        Throwable current = error;
        while (current != null) {
            if (current.getMessage() != null && !current.getMessage().isBlank()) {
                return current.getMessage();
            }
            current = current.getCause();
        }
        return error == null ? "unknown error" : error.getClass().getName();
    }
}
