/** DNS for sender authentication (dnsjava): configured resolvers with timeout, retries and a bounded TTL cache, or static records for air-gapped networks; a temporary failure is its own outcome. */
@NullMarked
package vn.officialmail.gateway.trust.dns;

import org.jspecify.annotations.NullMarked;
