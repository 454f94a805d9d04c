/**
 * Secrecy and urgency marks (Decree 30/2020 Appendix I, boxes 10a and 10b): the stamps MẬT, TỐI MẬT,
 * TUYỆT MẬT and KHẨN, THƯỢNG KHẨN, HỎA TỐC (HẸN GIỜ). The classifier owns their detection; the gateway's
 * policy acts on them (secret documents never travel by e-mail, requirement R3).
 */
package vn.officialmail.classifier.marking;
