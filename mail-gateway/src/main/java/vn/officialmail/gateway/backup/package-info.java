/**
 * Backup and restore of a gateway's data: a consistent snapshot (database, blobs, spool, keys,
 * exported audit head) taken while the gateway runs, and its restore into an empty data directory;
 * the full-text index is rebuilt from the records at the first start (registry issue, item 10).
 */
@NullMarked
package vn.officialmail.gateway.backup;

import org.jspecify.annotations.NullMarked;
