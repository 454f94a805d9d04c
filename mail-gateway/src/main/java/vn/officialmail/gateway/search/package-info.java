/** Indexing of processed messages into the full-text index, its crash catch-up, and the search API. */
@NullMarked
package vn.officialmail.gateway.search;

import org.jspecify.annotations.NullMarked;
