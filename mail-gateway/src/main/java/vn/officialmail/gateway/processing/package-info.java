/** The worker pool that takes spooled messages through the mailet pipeline, one database transaction per message, idempotent by message key. */
@NullMarked
package vn.officialmail.gateway.processing;

import org.jspecify.annotations.NullMarked;
