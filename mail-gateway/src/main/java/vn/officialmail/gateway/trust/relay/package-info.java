/** Trusted relays: the agency's own mail servers, whose Authentication-Results (RFC 8601) are believed; the same headers from anyone else are removed. */
@NullMarked
package vn.officialmail.gateway.trust.relay;

import org.jspecify.annotations.NullMarked;
