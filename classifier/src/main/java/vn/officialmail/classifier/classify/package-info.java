/**
 * Document-type classification: evidence sources (the document's own header, and a statistical model for
 * text without one) vote for catalogue types with weights and Vietnamese reasons; {@link
 * vn.officialmail.classifier.classify.DocumentClassifier} combines them and answers {@code unclassified}
 * below its threshold, so the message goes to a clerk for review.
 */
package vn.officialmail.classifier.classify;
