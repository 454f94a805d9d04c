package vn.officialmail.gateway.content;

/**
 * The text extracted from one attachment.
 *
 * @param text the text, NFC (empty when none could be had)
 * @param mediaType the detected media type
 * @param outcome ok, truncated, encrypted, ocr_unavailable or failed
 * @param reason why, when not ok; also names the archive entries or nested parts that were not ok
 */
public record AttachmentText(String text, String mediaType, String outcome, String reason) {}
