package vn.officialmail.gateway.trust;

import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One reason behind a trust judgement, as a message key with arguments. The words shown to users
 * and auditors come from {@code reasons_vi.properties} and {@code reasons_en.properties} beside
 * this class (STYLE.md convention 3: no user-facing string literals), so the same reason can be
 * shown in Vietnamese and in English and stored by its key.
 *
 * @param key the message key, e.g. {@code spf.fail}
 * @param arguments the values put into the message, in order ({0}, {1}, ...)
 */
public record Reason(String key, List<String> arguments) {

    /** Vietnamese first: the gateway's users read Vietnamese (REQUIREMENTS.md). */
    public static final Locale VIETNAMESE = Locale.of("vi");

    // Loaded once: reasons are rendered for every verdict shown or audited.
    private static final ResourceBundle VI = bundle(VIETNAMESE);
    private static final ResourceBundle EN = bundle(Locale.ENGLISH);

    public Reason {
        if (!VI.containsKey(key) || !EN.containsKey(key)) {
            throw new IllegalArgumentException("unknown reason key '" + key + "'; known: " + VI.keySet());
        }
        arguments = List.copyOf(arguments);
    }

    /** A reason with its arguments; {@code null} arguments are not allowed. */
    public static Reason of(String key, Object... arguments) {
        return new Reason(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The reason in Vietnamese, NFC-normalised. */
    public String vietnamese() {
        return text(VI);
    }

    /** The reason in English. */
    public String english() {
        return text(EN);
    }

    /** The reason in the given language: Vietnamese unless English is asked for. */
    public String text(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english() : vietnamese();
    }

    @Override
    public String toString() {
        return key + arguments;
    }

    private String text(ResourceBundle bundle) {
        String pattern = bundle.getString(key);
        String formatted = new MessageFormat(pattern, Locale.ROOT).format(arguments.toArray());
        return Normalizer.normalize(formatted, Normalizer.Form.NFC);
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(
                    "vn.officialmail.gateway.trust.reasons",
                    locale,
                    Reason.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("reason texts for " + locale + " are missing from the classpath", e);
        }
    }
}
