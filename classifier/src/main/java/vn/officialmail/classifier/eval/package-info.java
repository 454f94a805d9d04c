/**
 * Measuring the classifier on a labelled corpus: per-type precision, recall and F1, macro-F1, the
 * confusion matrix, and exact-match rates of the number/symbol and the issue date.
 */
package vn.officialmail.classifier.eval;
