/** SPF (RFC 7208) through Apache jSPF on the gateway's own DNS lookup. */
@NullMarked
package vn.officialmail.gateway.trust.spf;

import org.jspecify.annotations.NullMarked;
