/** One entry point that authenticates a message's sender: SPF, DKIM, DMARC and trusted relays together, for the channel verdict. */
@NullMarked
package vn.officialmail.gateway.trust.authentication;

import org.jspecify.annotations.NullMarked;
