/**
 * Vietnamese text analysis for the index: {@link vn.officialmail.indexer.analysis.VietnameseAnalyzer}
 * folds case, tone marks and {@code đ} so that "giay moi" finds "Giấy mời", and {@link
 * vn.officialmail.indexer.analysis.ExactVietnameseAnalyzer} keeps the diacritics for the exact fields
 * that rank a query typed with diacritics higher; {@link vn.officialmail.indexer.analysis.Fields}
 * names every index field (ARCHITECTURE.md, "Choices already measured").
 */
@NullMarked
package vn.officialmail.indexer.analysis;

import org.jspecify.annotations.NullMarked;
