/**
 * Figures of non-official mailbox use (R7): traffic, official share and violations per unit and
 * month, read from the message records and the violation records; the monthly and yearly reports
 * built from them (PDF, XLSX, CSV) and the job that mails the monthly report to the leadership.
 */
@NullMarked
package vn.officialmail.gateway.reports;

import org.jspecify.annotations.NullMarked;
