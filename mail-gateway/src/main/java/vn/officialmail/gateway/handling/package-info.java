/**
 * Handling of registered incoming documents (Decree 30/2020 Art. 23-24; ARCHITECTURE.md "Shared
 * models": document handling): assignment to a lead unit or person with a deadline, status through
 * assigned, in progress, done (with the answering document) or returned, and the tracking register.
 */
@NullMarked
package vn.officialmail.gateway.handling;

import org.jspecify.annotations.NullMarked;
