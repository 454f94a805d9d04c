package vn.officialmail.gateway.mailbox;

import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a mailbox account is refused, as a message key with arguments; the words come from {@code
 * problems_vi.properties} (the default the API answers in) and {@code problems_en.properties}
 * beside this class. {@link #getMessage()} is the English text, for logs and startup errors.
 */
final class MailboxProblem extends IllegalArgumentException {

    static final Locale VIETNAMESE = Locale.of("vi");

    // Loaded once: the bundles are small and read for every refused request.
    private static final ResourceBundle VI = ResourceBundle.getBundle(bundleName(), VIETNAMESE);
    private static final ResourceBundle EN = ResourceBundle.getBundle(bundleName(), Locale.ENGLISH);

    private final String key;
    private final List<String> arguments;

    MailboxProblem(String key, Object... arguments) {
        super(format(EN, key, Arrays.stream(arguments).map(String::valueOf).toList()));
        if (!VI.containsKey(key) || !EN.containsKey(key)) {
            throw new IllegalStateException("unknown mailbox problem key '" + key + "'; known: " + VI.keySet());
        }
        this.key = key;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    String key() {
        return key;
    }

    /** The text in Vietnamese unless English is asked for. */
    String text(Locale locale) {
        return format(Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? EN : VI, key, arguments);
    }

    static ResourceBundle bundle(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? EN : VI;
    }

    private static String format(ResourceBundle bundle, String key, List<String> arguments) {
        if (!bundle.containsKey(key)) {
            return key + arguments;
        }
        String text = new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments.toArray());
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String bundleName() {
        return MailboxProblem.class.getPackageName() + ".problems";
    }
}
