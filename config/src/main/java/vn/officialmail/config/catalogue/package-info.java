/**
 * The catalogue of official document types: the 29 administrative types of Decree 30/2020/NĐ-CP
 * Art. 7 with their Appendix III abbreviations, the legal normative types, and the electronic-document
 * categories of the directives, loaded from YAML, overlaid by an agency file and validated before use.
 */
package vn.officialmail.config.catalogue;
