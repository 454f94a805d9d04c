/**
 * Header and metadata extraction following the layout of Decree 30/2020/NĐ-CP Appendix I: issuer
 * block, number and symbol, place and date, type title, trích yếu or V/v, recipients, signature block,
 * and the Giấy mời and draft details. Every field carries a confidence.
 */
package vn.officialmail.classifier.header;
