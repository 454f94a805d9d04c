package vn.officialmail.gateway.container;

import org.apache.mailet.MailetContext;
import org.apache.mailet.MatcherConfig;
import org.jspecify.annotations.Nullable;

/** A matcher's configuration from one {@link StepSettings}: {@code Name=condition} split in two. */
record StepMatcherConfig(String matcherName, @Nullable String condition, MailetContext context)
        implements MatcherConfig {

    @Override
    public @Nullable String getCondition() {
        return condition;
    }

    @Override
    public MailetContext getMailetContext() {
        return context;
    }

    @Override
    public String getMatcherName() {
        return matcherName;
    }
}
