/**
 * Attachment text extraction (ARCHITECTURE.md step 3, "extract"): {@link
 * vn.officialmail.indexer.extract.TextExtractor}, a facade over Apache Tika that turns an attachment
 * into an {@link vn.officialmail.indexer.extract.Extraction} of {@link
 * vn.officialmail.indexer.extract.ExtractedPart}s (the attachment, its archive entries and nested
 * messages), with OCR through Tesseract ({@link vn.officialmail.indexer.extract.OcrSettings}), bounded
 * by {@link vn.officialmail.indexer.extract.ExtractionLimits}, and, isolated, parsed in {@link
 * vn.officialmail.indexer.extract.ExtractionWorker} processes so that a parser that hangs or crashes
 * costs one attachment only. Every outcome is reported, nothing is thrown for what the content is.
 * docs/extraction.md has the whole picture.
 */
@NullMarked
package vn.officialmail.indexer.extract;

import org.jspecify.annotations.NullMarked;
