/**
 * Attachment text extraction: {@link vn.officialmail.indexer.extract.TextExtractor}, a small facade
 * over Apache Tika with only the text, HTML, PDF, Microsoft Office and ODF/RTF parsers, bounded by
 * {@link vn.officialmail.indexer.extract.ExtractionLimits}, that reports every outcome as an {@link
 * vn.officialmail.indexer.extract.ExtractedPart} instead of throwing (ARCHITECTURE.md step 3,
 * "extract"). OCR, fork isolation and archives are not here yet.
 */
@NullMarked
package vn.officialmail.indexer.extract;

import org.jspecify.annotations.NullMarked;
