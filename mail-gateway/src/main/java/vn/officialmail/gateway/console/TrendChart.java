package vn.officialmail.gateway.console;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart drawn as inline SVG: no script, nothing fetched from the network. The chart has a
 * title and description for screen readers, and each bar its value as a tooltip; the same
 * figures are always in a table next to it.
 */
final class TrendChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 180;
    private static final int LABEL = 34;

    private TrendChart() {}

    /** Bars of {@code values} (one per label), scaled to {@code max} (or the largest value). */
    static String bars(String id, String title, List<String> labels, List<Double> values, double max, String unit) {
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException("one value per label: " + labels.size() + " labels, " + values.size());
        }
        double top = Math.max(
                max, values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        int n = Math.max(1, labels.size());
        double slot = (double) WIDTH / n;
        double barWidth = Math.max(2, slot * 0.7);
        StringBuilder svg = new StringBuilder("<svg id=\"" + id + "\" role=\"img\" viewBox=\"0 0 " + WIDTH + " "
                + (HEIGHT + LABEL) + "\" width=\"100%\" style=\"max-width:" + WIDTH + "px\" aria-labelledby=\"" + id
                + "-t\"><title id=\"" + id + "-t\">" + title + "</title>"
                + "<line x1=\"0\" y1=\"" + HEIGHT + "\" x2=\"" + WIDTH + "\" y2=\"" + HEIGHT
                + "\" stroke=\"#777\"/>");
        for (int i = 0; i < labels.size(); i++) {
            double v = values.get(i);
            double h = top <= 0 ? 0 : (HEIGHT - 14) * v / top;
            double x = i * slot + (slot - barWidth) / 2;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1a5fb4\">"
                            + "<title>%s: %s%s</title></rect>",
                    x,
                    HEIGHT - h,
                    barWidth,
                    h,
                    labels.get(i),
                    format(v),
                    unit));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                    x + barWidth / 2,
                    HEIGHT - h - 3,
                    format(v)));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                    x + barWidth / 2,
                    HEIGHT + 16,
                    labels.get(i)));
        }
        return svg.append("</svg>").toString();
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
