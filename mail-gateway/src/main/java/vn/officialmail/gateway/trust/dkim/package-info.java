/** DKIM signature verification (RFC 6376, RFC 8463 Ed25519, RFC 8301 algorithm rules), with keys looked up through the gateway's DNS. */
@NullMarked
package vn.officialmail.gateway.trust.dkim;

import org.jspecify.annotations.NullMarked;
