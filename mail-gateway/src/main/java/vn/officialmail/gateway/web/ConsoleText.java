package vn.officialmail.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.web.util.HtmlUtils;

/**
 * The console's words in the user's language: Vietnamese unless {@code ?lang=en} was chosen, which
 * the session then remembers. Texts come from {@code console_vi.properties} and {@code
 * console_en.properties} (every key in both, checked by a test), already HTML-escaped.
 */
final class ConsoleText {

    static final String BUNDLE = "vn.officialmail.gateway.web.console";
    private static final String SESSION_KEY = ConsoleText.class.getName() + ".lang";

    private final ResourceBundle bundle;
    private final String language;

    private ConsoleText(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), NO_FALLBACK);
    }

    /** The language of this request: {@code lang} parameter, else the session's choice, else Vietnamese. */
    static ConsoleText of(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        if ("en".equals(asked) || "vi".equals(asked)) {
            request.getSession(true).setAttribute(SESSION_KEY, asked);
            return new ConsoleText(asked);
        }
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return new ConsoleText("en".equals(chosen) ? "en" : "vi");
    }

    String language() {
        return language;
    }

    /** The other language, for the switch link. */
    String other() {
        return language.equals("vi") ? "en" : "vi";
    }

    /** The text for a key, HTML-escaped. */
    String get(String key) {
        return HtmlUtils.htmlEscape(bundle.getString(key), "UTF-8");
    }

    /** Wraps a body in the console's page: language, title, language switch. */
    String page(String titleKey, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + get(titleKey) + " · " + get("app.name") + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;"
                + "line-height:1.5}label{display:block;margin-top:1rem}input{font-size:1rem;padding:.4rem;width:100%;"
                + "box-sizing:border-box}button{margin-top:1.2rem;font-size:1rem;padding:.5rem 1.2rem}"
                + ":focus{outline:3px solid #1a5fb4;outline-offset:2px}.alert{color:#a51d2d;font-weight:bold}</style>"
                + "</head><body><header><p>" + get("app.name") + " · <a href=\"?lang=" + other() + "\" hreflang=\""
                + other() + "\" lang=\"" + other() + "\">" + get("language.switch") + "</a></p></header><main>"
                + body + "</main></body></html>\n";
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
