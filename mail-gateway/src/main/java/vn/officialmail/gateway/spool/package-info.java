/** The durable spool: segment files with group-committed fsync, replayed after a restart so that no acknowledged message is lost. */
@NullMarked
package vn.officialmail.gateway.spool;

import org.jspecify.annotations.NullMarked;
