/** The quarantine queue: held mail released or rejected by an officer, with a reason, audited. */
@NullMarked
package vn.officialmail.gateway.quarantine;

import org.jspecify.annotations.NullMarked;
