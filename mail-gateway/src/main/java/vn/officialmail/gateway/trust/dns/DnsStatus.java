package vn.officialmail.gateway.trust.dns;

/**
 * How a DNS question was answered. SPF, DKIM and DMARC all tell "the name has no such record"
 * (a permanent, meaningful answer) apart from "we could not find out" (RFC 7208 §2.6.6 temperror,
 * RFC 6376 §6.1.2 TEMPFAIL, RFC 7489 §6.6.3), so a timeout is never mistaken for an absence.
 */
public enum DnsStatus {
    /** Records of the asked type exist. */
    FOUND,
    /** The name exists but has no record of that type (NOERROR with an empty answer, "NODATA"). */
    NO_RECORDS,
    /** The name does not exist (NXDOMAIN), or is not a valid domain name. */
    NO_DOMAIN,
    /** No usable answer: timeout, SERVFAIL, REFUSED, network error. Try again later. */
    TEMPORARY_FAILURE
}
