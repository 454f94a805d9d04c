/**
 * The small embedded mailet container: ordered processors of (matcher, mailet) steps, in states
 * named like Apache James's ({@code root}, {@code transport}, {@code error}, {@code quarantine},
 * and the terminal {@code ghost}), built from {@code gateway.pipeline}, checked at startup, and
 * running the gateway's own mailets and the stock ones from {@code apache-mailet-standard}
 * unmodified on a {@link vn.officialmail.gateway.container.GatewayMail} that keeps the message's
 * raw bytes exactly as received (ARCHITECTURE.md, "One message's way through").
 */
@NullMarked
package vn.officialmail.gateway.container;

import org.jspecify.annotations.NullMarked;
