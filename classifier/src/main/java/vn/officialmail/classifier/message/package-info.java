/**
 * One type per e-mail message: {@link vn.officialmail.classifier.message.MessageClassifier} classifies
 * the body (with the subject) and each attachment, then lets the attachment that carries a Decree
 * 30/2020 header decide, supported or contradicted by the body, and goes to review when nothing is sure.
 */
package vn.officialmail.classifier.message;
