/** Violations of the official e-mail rules, recorded per message for the compliance officers. */
@NullMarked
package vn.officialmail.gateway.compliance;

import org.jspecify.annotations.NullMarked;
