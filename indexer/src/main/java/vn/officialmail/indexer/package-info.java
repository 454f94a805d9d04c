/**
 * The indexer library: attachment text extraction with Apache Tika ({@code extract}), Vietnamese
 * analysis that folds tone marks and {@code đ} ({@code analysis}), a near-real-time Lucene index of
 * messages and their attachments ({@code index}) and the search model over it ({@code search}). It
 * is plain Java: it takes bytes and records, never Spring, Jakarta Mail or gateway classes
 * (ARCHITECTURE.md, "Modules").
 */
@NullMarked
package vn.officialmail.indexer;

import org.jspecify.annotations.NullMarked;
