package vn.officialmail.gateway.matchers;

import jakarta.mail.MessagingException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The comma-separated values of a matcher's condition ({@code Name=a,b,c}), compared without case. */
final class ListCondition {

    private ListCondition() {}

    static Set<String> parse(String matcherName, String condition) throws MessagingException {
        Set<String> values = condition == null
                ? Set.of()
                : Arrays.stream(condition.split(","))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .map(v -> v.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
        if (values.isEmpty()) {
            throw new MessagingException(matcherName + " needs a condition: " + matcherName + "=value[,value...]");
        }
        return values;
    }

    static boolean contains(Set<String> values, String value) {
        return values.contains(value.toLowerCase(Locale.ROOT));
    }
}
