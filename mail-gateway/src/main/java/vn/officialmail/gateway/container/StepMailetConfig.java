package vn.officialmail.gateway.container;

import java.util.Iterator;
import java.util.Map;
import org.apache.mailet.MailetConfig;
import org.apache.mailet.MailetContext;
import org.jspecify.annotations.Nullable;

/** A mailet's configuration from one {@link StepSettings}: its name as configured and its parameters. */
record StepMailetConfig(String mailetName, Map<String, String> params, MailetContext context) implements MailetConfig {

    @Override
    public @Nullable String getInitParameter(String name) {
        return params.get(name);
    }

    @Override
    public Iterator<String> getInitParameterNames() {
        return params.keySet().iterator();
    }

    @Override
    public MailetContext getMailetContext() {
        return context;
    }

    @Override
    public String getMailetName() {
        return mailetName;
    }
}
