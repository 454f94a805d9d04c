/** The gateway's mailets: thin, James-shaped adapters, one job each, that call the feature services. They can also run inside Apache James. */
@NullMarked
package vn.officialmail.gateway.mailets;

import org.jspecify.annotations.NullMarked;
