/** The gateway's matchers: predicates over a mail's recipients, James-shaped. */
@NullMarked
package vn.officialmail.gateway.matchers;

import org.jspecify.annotations.NullMarked;
