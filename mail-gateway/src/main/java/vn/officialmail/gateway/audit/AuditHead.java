package vn.officialmail.gateway.audit;

/**
 * The newest link of the audit chain.
 *
 * @param chainSeq its sequence number (0 before the first event)
 * @param hash its hash
 */
public record AuditHead(long chainSeq, String hash) {}
