package vn.officialmail.gateway.channel;

/** The channel a message travelled by, and so its official weight (REQUIREMENTS.md R1). */
public enum Channel {
    /** From a mailbox the agency issued, under an official domain. */
    OFFICIAL,
    /** From a unit's shared mailbox: official within the agency. */
    OFFICIAL_UNIT_MAILBOX,
    /** From a mailbox the agency did not issue (a personal provider, another organisation). */
    NON_OFFICIAL,
    /** Claims an official domain but fails authentication. */
    SPOOFED,
    /** No usable sender to judge. */
    UNVERIFIED
}
