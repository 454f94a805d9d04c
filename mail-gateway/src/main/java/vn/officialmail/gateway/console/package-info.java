/**
 * The compliance console's pages (R7), rendered on the server as plain HTML with inline SVG
 * charts: the dashboard of non-official mailbox use, the events with filters, a message, the
 * per-unit compliance rate, the quarantine queue, mailbox health and the reports. Texts come from
 * {@link vn.officialmail.gateway.web.ConsoleText}; unit heads and delegates see their unit only.
 */
@NullMarked
package vn.officialmail.gateway.console;

import org.jspecify.annotations.NullMarked;
