/**
 * What the gateway does about a verdict beyond recording it (issue 4, "Policy engine"): the notice
 * that tells a personal-mailbox sender their message has no official value, and the alerts to the
 * compliance officers about held mail.
 */
@NullMarked
package vn.officialmail.gateway.policy;

import org.jspecify.annotations.NullMarked;
