package vn.officialmail.config.directory;

import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What is wrong with a directory entry, as a message key with arguments; the words come from
 * {@code problems_vi.properties} and {@code problems_en.properties} beside this class, so an
 * import report and an API error can be shown in Vietnamese or English.
 *
 * @param key the message key, e.g. {@code address.invalid}
 * @param arguments the values put into the message ({0}, {1}, ...)
 */
public record DirectoryProblem(String key, List<String> arguments) {

    private static final Locale VIETNAMESE = Locale.of("vi");
    // Loaded once: every rejected row of an import is rendered with them.
    private static final ResourceBundle VI = bundle(VIETNAMESE);
    private static final ResourceBundle EN = bundle(Locale.ENGLISH);

    public DirectoryProblem {
        if (!VI.containsKey(key) || !EN.containsKey(key)) {
            throw new IllegalArgumentException("unknown directory problem key '" + key + "'; known: " + VI.keySet());
        }
        arguments = List.copyOf(arguments);
    }

    public static DirectoryProblem of(String key, Object... arguments) {
        return new DirectoryProblem(
                key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The problem in Vietnamese, NFC. */
    public String vietnamese() {
        return text(VI);
    }

    public String english() {
        return text(EN);
    }

    private String text(ResourceBundle bundle) {
        String formatted = new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments.toArray());
        return Normalizer.normalize(formatted, Normalizer.Form.NFC);
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(
                    "vn.officialmail.config.directory.problems",
                    locale,
                    DirectoryProblem.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("directory problem texts for " + locale + " are missing", e);
        }
    }
}
