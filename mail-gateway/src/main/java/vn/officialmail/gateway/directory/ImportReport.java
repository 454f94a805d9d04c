package vn.officialmail.gateway.directory;

import java.util.List;

/**
 * What one import did: entries added, updated (changed since the last import) and unchanged, and
 * the lines it rejected with why, in Vietnamese and English. A rejected line writes nothing.
 *
 * @param source the file name or {@code configuration}
 * @param added new entries
 * @param updated changed entries
 * @param unchanged entries already as in the file
 * @param rejected the rejected lines, in file order
 */
public record ImportReport(String source, int added, int updated, int unchanged, List<RejectedLine> rejected) {

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /**
     * A line that was not imported.
     *
     * @param line 1-based line of the file where the entry starts
     * @param key the problem's message key, stable for scripts
     * @param reason why, in Vietnamese
     * @param reasonEn why, in English
     */
    public record RejectedLine(int line, String key, String reason, String reasonEn) {}
}
