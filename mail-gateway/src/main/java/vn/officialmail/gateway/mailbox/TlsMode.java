package vn.officialmail.gateway.mailbox;

/** How the IMAP connection is protected. */
public enum TlsMode {
    /** IMAPS: TLS from the first byte (RFC 8314 §3, port 993). */
    IMPLICIT,
    /** STARTTLS before login, and the connection fails if the server does not offer it (RFC 3501 §6.2.1). */
    STARTTLS,
    /** Plain text: only to a server on this machine (loopback), where nothing crosses a network. */
    NONE
}
