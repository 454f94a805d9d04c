/** Sender trust: who really sent a message. Authentication of the sender (SPF, DKIM, DMARC, trusted relays) in the subpackages, with reasons in Vietnamese and English; S/MIME joins here. */
@NullMarked
package vn.officialmail.gateway.trust;

import org.jspecify.annotations.NullMarked;
