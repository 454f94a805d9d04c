package vn.officialmail.gateway.handling;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Document handling ({@code gateway.handling.*}).
 *
 * @param remindBefore units that have not commented are reminded from this many working days before
 *     a consultation's deadline until the deadline, once a day
 * @param reminderCron when the reminders go out (Quartz cron, in the calendar's time zone)
 */
public record HandlingSettings(
        @DefaultValue("2") int remindBefore, @DefaultValue("0 0 8 ? * MON-SAT") String reminderCron) {

    public HandlingSettings {
        if (remindBefore < 0 || remindBefore > 30) {
            throw new IllegalArgumentException(
                    "gateway.handling.remind-before must be between 0 and 30 working days: " + remindBefore);
        }
    }
}
