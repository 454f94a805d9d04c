package vn.officialmail.gateway.directory;

/** Which way a message goes, seen from the agencies this gateway serves (the home agencies). */
public enum Direction {
    /** From outside to a home agency. */
    INBOUND,
    /** From a home agency to outside. */
    OUTBOUND,
    /** Within one home agency. */
    INTERNAL,
    /** Between two home agencies (one gateway serving several). */
    BETWEEN_AGENCIES,
    /** Neither side is a home agency (mail relayed through). */
    EXTERNAL
}
