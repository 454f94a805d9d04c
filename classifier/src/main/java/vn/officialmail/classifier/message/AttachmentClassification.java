package vn.officialmail.classifier.message;

import vn.officialmail.classifier.classify.Classification;

/**
 * One attachment's own classification.
 *
 * @param fileName the attachment's file name
 * @param classification its type, header metadata and marks
 */
public record AttachmentClassification(String fileName, Classification classification) {}
