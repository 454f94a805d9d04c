/** The channel verdict: official, non-official, spoofed, from the sender's domain (and later its authentication). */
@NullMarked
package vn.officialmail.gateway.channel;

import org.jspecify.annotations.NullMarked;
