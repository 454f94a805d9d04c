package vn.officialmail.gateway.content;

import java.util.regex.Pattern;

/** Reduces an HTML body to its text for indexing; the original HTML is kept in the blob store. */
final class HtmlText {

    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1\\s*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<(br|/p|/div|/tr|/li|/h[1-6])\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");

    private HtmlText() {}

    static String of(String html) {
        if (html.isEmpty()) {
            return "";
        }
        String text = SCRIPT.matcher(html).replaceAll(" ");
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll(" ");
        text = text.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        return SPACES.matcher(text).replaceAll(" ").trim();
    }
}
