package vn.officialmail.config.directory;

import java.util.List;

/**
 * What a directory file holds once read: the valid entries with the line each started on, and
 * the rejected lines with why.
 */
public record DirectoryEntries(
        List<Line<Agency>> agencies, List<Line<Unit>> units, List<Line<Account>> accounts, List<Rejection> rejections) {

    public DirectoryEntries {
        agencies = List.copyOf(agencies);
        units = List.copyOf(units);
        accounts = List.copyOf(accounts);
        rejections = List.copyOf(rejections);
    }

    /** An entry and the line (1-based) of the file where it starts. */
    public record Line<T>(int number, T entry) {}

    /** A line that was not taken, and why. */
    public record Rejection(int line, DirectoryProblem problem) {}

    public int size() {
        return agencies.size() + units.size() + accounts.size();
    }
}
