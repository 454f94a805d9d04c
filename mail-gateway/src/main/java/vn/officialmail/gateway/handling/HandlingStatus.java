package vn.officialmail.gateway.handling;

import java.util.Set;

/** Where the handling of an incoming document stands, and where it may go next. */
public enum HandlingStatus {
    ASSIGNED,
    IN_PROGRESS,
    DONE,
    RETURNED;

    /** The statuses a document in this status may move to. */
    public Set<HandlingStatus> next() {
        return switch (this) {
            case ASSIGNED -> Set.of(IN_PROGRESS, DONE, RETURNED);
            case IN_PROGRESS -> Set.of(DONE, RETURNED);
            // A returned document is assigned again (a new slip), never silently reopened.
            case DONE, RETURNED -> Set.of();
        };
    }
}
