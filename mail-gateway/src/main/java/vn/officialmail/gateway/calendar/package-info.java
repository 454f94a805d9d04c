/** Working days of the agency: weekends, configured public holidays and make-up working days. */
@NullMarked
package vn.officialmail.gateway.calendar;

import org.jspecify.annotations.NullMarked;
