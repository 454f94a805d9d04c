package vn.officialmail.gateway.reports;

import java.util.Arrays;
import java.util.Locale;

/** The formats a report is downloaded or mailed in. */
public enum ReportFormat {
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv; charset=UTF-8", "csv");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Parses {@code pdf}, {@code xlsx} or {@code csv} (any case); the message lists the known ones. */
    public static ReportFormat parse(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.name().equals(wanted))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("format must be one of pdf, xlsx, csv: " + name.strip()));
    }
}
