/** The SMTP listener (SubEthaSMTP): envelope checks, size limits, STARTTLS, and a 250 reply only once the message is durable in the spool. */
@NullMarked
package vn.officialmail.gateway.smtp;

import org.jspecify.annotations.NullMarked;
