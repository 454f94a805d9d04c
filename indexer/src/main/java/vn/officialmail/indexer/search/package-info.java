/**
 * The search model: a validated {@link vn.officialmail.indexer.search.SearchRequest}, its {@link
 * vn.officialmail.indexer.search.SearchResult} of {@link vn.officialmail.indexer.search.SearchHit}s,
 * and the {@link vn.officialmail.indexer.search.QueryBuilder} that turns what a user typed (words with
 * or without diacritics, quoted phrases, {@code from:}, {@code subject:}, {@code channel:}) into a
 * Lucene query without ever failing on bad syntax.
 */
@NullMarked
package vn.officialmail.indexer.search;

import org.jspecify.annotations.NullMarked;
