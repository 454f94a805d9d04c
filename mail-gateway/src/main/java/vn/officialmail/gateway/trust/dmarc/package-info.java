/** DMARC (RFC 7489): policy discovery, organisational domain from the Public Suffix List, identifier alignment and the applicable policy. */
@NullMarked
package vn.officialmail.gateway.trust.dmarc;

import org.jspecify.annotations.NullMarked;
