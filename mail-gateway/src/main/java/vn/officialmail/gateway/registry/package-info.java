/** The incoming register with its gapless yearly numbering (Decree 30/2020); the registry issue deepens it. */
@NullMarked
package vn.officialmail.gateway.registry;

import org.jspecify.annotations.NullMarked;
