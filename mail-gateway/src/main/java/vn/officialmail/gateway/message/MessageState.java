package vn.officialmail.gateway.message;

/** Where a message record stands in processing. */
public enum MessageState {
    /** Recorded; the pipeline is still running on it (inside one transaction, so rarely seen). */
    RECEIVED,
    /** The pipeline finished. */
    PROCESSED,
    /** Held: never delivered, waiting for a decision. */
    QUARANTINED,
    /** Released from quarantine by an officer, with a reason, and delivered (inline mode). */
    RELEASED,
    /** Rejected from quarantine by an officer, with a reason: kept, never delivered. */
    REJECTED,
    /** Processing failed; kept with its reason in the error repository until reprocessed. */
    ERROR
}
