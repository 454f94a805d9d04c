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
public final class ConsoleText {

    static final String BUNDLE = "vn.officialmail.gateway.web.console";
    private static final String SESSION_KEY = ConsoleText.class.getName() + ".lang";

    private final ResourceBundle bundle;
    private final String language;

    private ConsoleText(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), NO_FALLBACK);
    }

    /** The language of this request: {@code lang} parameter, else the session's choice, else Vietnamese. */
    public static ConsoleText of(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        if ("en".equals(asked) || "vi".equals(asked)) {
            request.getSession(true).setAttribute(SESSION_KEY, asked);
            return new ConsoleText(asked);
        }
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return new ConsoleText("en".equals(chosen) ? "en" : "vi");
    }

    public String language() {
        return language;
    }

    /** The other language, for the switch link. */
    public String other() {
        return language.equals("vi") ? "en" : "vi";
    }

    /** The text for a key, HTML-escaped. */
    public String get(String key) {
        return HtmlUtils.htmlEscape(bundle.getString(key), "UTF-8");
    }

    /** Wraps a body in the console's page: language, title, language switch. */
    public String page(String titleKey, String body) {
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

    /** The text for a key with {@code {0}}-style arguments filled in, HTML-escaped. */
    public String format(String key, Object... arguments) {
        String pattern = bundle.getString(key).replace("'", "''");
        return HtmlUtils.htmlEscape(
                new java.text.MessageFormat(pattern, Locale.forLanguageTag(language)).format(arguments), "UTF-8");
    }

    /**
     * A page of the logged-in console: wider than the login form (tables, charts), with the
     * navigation a user's roles open ({@code links}: path and text key, in order) and a skip link
     * for keyboard users.
     */
    public String consolePage(String titleKey, String body, java.util.List<java.util.Map.Entry<String, String>> links) {
        StringBuilder nav = new StringBuilder("<nav aria-label=\"" + get("nav.label") + "\"><ul class=\"nav\">");
        for (java.util.Map.Entry<String, String> link : links) {
            nav.append("<li><a href=\"")
                    .append(link.getKey())
                    .append("\">")
                    .append(get(link.getValue()))
                    .append("</a></li>");
        }
        nav.append("</ul></nav>");
        return "<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + get(titleKey) + " · " + get("app.name") + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:78rem;margin:1rem auto;padding:0 1rem;"
                + "line-height:1.45;color:#1c1c1c}table{border-collapse:collapse;margin:.5rem 0 1.2rem}"
                + "th,td{border:1px solid #bbb;padding:.25rem .55rem;text-align:left;vertical-align:top}"
                + "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}caption{text-align:left;font-weight:bold}"
                + ".nav{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem}"
                + "form.filters{display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:end}"
                + "form.filters label{display:flex;flex-direction:column;font-size:.9rem}"
                + "input,select,textarea,button{font-size:1rem;padding:.3rem}.grid{display:grid;"
                + "grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:0 2rem}"
                + ":focus{outline:3px solid #1a5fb4;outline-offset:2px}.alert{color:#a51d2d;font-weight:bold}"
                + ".skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff}"
                + ".ok{color:#26a269}.bad{color:#a51d2d}</style>"
                + "</head><body><a class=\"skip\" href=\"#main\">" + get("nav.skip") + "</a><header><p>"
                + get("app.name") + " · <a href=\"?lang=" + other() + "\" hreflang=\"" + other() + "\" lang=\""
                + other() + "\">" + get("language.switch") + "</a></p>" + nav + "</header><main id=\"main\">"
                + body + "</main></body></html>\n";
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
