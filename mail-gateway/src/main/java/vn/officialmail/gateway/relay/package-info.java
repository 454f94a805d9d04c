/**
 * Relay to the next hop in inline mode (ARCHITECTURE.md, step 9 "deliver"): the pipeline queues
 * one {@code outbound_delivery} row per message inside its own transaction ({@link
 * vn.officialmail.gateway.relay.RelayQueue}); deliverer threads ({@link
 * vn.officialmail.gateway.relay.RelayWorker}) claim due rows, send the original bytes unchanged
 * over SMTP (RFC 5321), retry transient failures with exponential backoff and, when a recipient
 * is refused for good or the attempts run out, return an RFC 3464 delivery status notification
 * to the envelope sender through the same queue. Delivery is at least once: a crash between the
 * next hop's 250 and the commit that records it sends the message again on restart. In journal
 * mode nothing is queued and nothing is sent.
 */
@NullMarked
package vn.officialmail.gateway.relay;

import org.jspecify.annotations.NullMarked;
