/**
 * Document-type classification: evidence sources (the document's own header today, a statistical model
 * later) vote for catalogue types with weights and Vietnamese reasons; {@link
 * vn.officialmail.classifier.classify.DocumentClassifier} combines them and answers {@code unclassified}
 * below its threshold, so the message goes to a clerk for review.
 */
package vn.officialmail.classifier.classify;
