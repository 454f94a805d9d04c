/**
 * The directory of issued mailboxes (ARCHITECTURE.md, "Shared models"): agencies and their mail
 * domains, units with their shared mailboxes, heads and delegates, the accounts issued to people,
 * and the domain policy (official patterns, allow and deny lists, personal providers). One source
 * of truth, seeded from configuration and imported from CSV or LDIF; everyone else reads it
 * through {@link vn.officialmail.gateway.directory.Directory}.
 */
@NullMarked
package vn.officialmail.gateway.directory;

import org.jspecify.annotations.NullMarked;
