/**
 * Dossiers (hồ sơ, Decree 30/2020 Art. 28 and Appendix VI III): the file plan in configuration,
 * registered documents filed by rules or by hand (one document in several dossiers, never copied),
 * closing, and export as PDF and XML in chronological order.
 */
@NullMarked
package vn.officialmail.gateway.dossier;

import org.jspecify.annotations.NullMarked;
