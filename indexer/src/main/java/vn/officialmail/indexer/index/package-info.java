/**
 * The mail index: the {@link vn.officialmail.indexer.index.MailIndex} interface the gateway writes
 * to and searches, the {@link vn.officialmail.indexer.index.IndexedMessage} it takes, and {@link
 * vn.officialmail.indexer.index.LuceneMailIndex}, a local near-real-time Lucene index (ARCHITECTURE.md
 * step 7, "index"). A search cluster can later stand behind the same interface ("Scale-out").
 */
@NullMarked
package vn.officialmail.indexer.index;

import org.jspecify.annotations.NullMarked;
