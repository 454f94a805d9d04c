/**
 * Reminders twice a day (08:00 and 13:30 in the agency's time zone by default, working days only):
 * every unit and person is sent the list of registered incoming documents waiting for them, overdue
 * first, through the gateway's own mail.
 */
@NullMarked
package vn.officialmail.gateway.reminders;

import org.jspecify.annotations.NullMarked;
