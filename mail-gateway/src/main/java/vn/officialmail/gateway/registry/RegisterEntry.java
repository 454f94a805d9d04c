package vn.officialmail.gateway.registry;

import java.time.Instant;

/**
 * One line of a register.
 *
 * @param registerCode which register
 * @param year the calendar year of the series (Asia/Ho_Chi_Minh)
 * @param number the incoming number (số đến), from 1 each year
 * @param messageRecordId the registered message
 * @param registeredAt when it was registered
 */
public record RegisterEntry(String registerCode, int year, long number, long messageRecordId, Instant registeredAt) {

    /** The number as shown to clerks: number/year. */
    public String display() {
        return number + "/" + year;
    }
}
