package vn.officialmail.gateway.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.springframework.web.util.HtmlUtils;

/** Small pieces of HTML the pages share: escaping, numbers and times in the reader's language, tables. */
final class Html {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Html() {}

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String number(long n, String language) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag(language)).format(n);
    }

    /** A share 0–1 as a percentage with one decimal ("87,5 %" in Vietnamese), or "—". */
    static String percent(OptionalDouble share, String language) {
        if (share.isEmpty()) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(language));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share.getAsDouble() * 100) + (language.equals("vi") ? " %" : "%");
    }

    static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    /** A table with a caption; cells are already HTML; headers and cells starting with "#" are numbers. */
    static String table(String id, String caption, List<String> headers, List<List<String>> rows) {
        StringBuilder html =
                new StringBuilder("<table id=\"" + id + "\"><caption>" + caption + "</caption><thead><tr>");
        for (String h : headers) {
            boolean numeric = h.startsWith("#");
            html.append(numeric ? "<th scope=\"col\" class=\"n\">" : "<th scope=\"col\">")
                    .append(numeric ? h.substring(1) : h)
                    .append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (String cell : row) {
                boolean numeric = cell.startsWith("#");
                html.append(numeric ? "<td class=\"n\">" : "<td>")
                        .append(numeric ? cell.substring(1) : cell)
                        .append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }
}
