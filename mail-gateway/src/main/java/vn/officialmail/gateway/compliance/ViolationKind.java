package vn.officialmail.gateway.compliance;

/** What rule a message broke. */
public enum ViolationKind {
    /** An official document sent in from a personal mailbox (gmail.com, …): no official value. */
    OFFICIAL_DOCUMENT_FROM_PERSONAL_MAILBOX,
    /** An official document sent from an agency mailbox to a personal mailbox (CC, forward). */
    OFFICIAL_DOCUMENT_TO_PERSONAL_MAILBOX,
    /** The sender claims an address that authentication refutes. */
    SPOOFED_SENDER,
    /** A document marked secret travelled by e-mail. */
    SECRET_DOCUMENT_BY_EMAIL
}
