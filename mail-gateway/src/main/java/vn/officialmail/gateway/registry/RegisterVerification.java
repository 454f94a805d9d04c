package vn.officialmail.gateway.registry;

import java.util.List;

/**
 * The result of checking the registers against their hashes and the audit log.
 *
 * @param intact true when every entry is where, and as, its registration left it
 * @param entriesChecked how many register entries were recomputed
 * @param problems which entry is altered, deleted or inserted, one line each
 */
public record RegisterVerification(boolean intact, long entriesChecked, List<String> problems) {

    public RegisterVerification {
        problems = List.copyOf(problems);
    }
}
