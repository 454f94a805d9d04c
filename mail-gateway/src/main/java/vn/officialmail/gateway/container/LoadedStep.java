package vn.officialmail.gateway.container;

import org.apache.mailet.Mailet;
import org.apache.mailet.Matcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A step ready to run: where it is, how it was configured, and its initialized matcher and mailet.
 *
 * @param processor the processor it belongs to
 * @param number its place in the processor, from 1
 */
record LoadedStep(String processor, int number, StepSettings settings, Matcher matcher, Mailet mailet) {
    private static final Logger LOG = LoggerFactory.getLogger(LoadedStep.class);

    /** {@code "Matcher → Mailet"}, as configured. */
    String describe() {
        return settings.match() + " → " + settings.mailet();
    }

    /** Destroys the mailet and the matcher; a failure is logged, so the others still stop. */
    void destroy() {
        try {
            mailet.destroy();
        } catch (RuntimeException e) {
            LOG.warn("Mailet {} in processor {}, step {} failed to stop", settings.mailet(), processor, number, e);
        }
        destroyQuietly(matcher);
    }

    static void destroyQuietly(Matcher matcher) {
        try {
            matcher.destroy();
        } catch (RuntimeException e) {
            LOG.warn("Matcher {} failed to stop", matcher.getClass().getName(), e);
        }
    }
}
