/**
 * Vietnamese text normalisation for matching: legacy 8-bit encodings (TCVN3/ABC, VNI, VISCII,
 * windows-1258) to Unicode, NFC, one canonical tone placement (hòa/hoà), PDF line joins, and folding
 * without diacritics. The classifier matches on normalised text; it never shows folded text to users.
 */
package vn.officialmail.classifier.normalize;
