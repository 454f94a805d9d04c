package vn.officialmail.gateway.registry;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * One line of a register.
 *
 * @param id the entry's row id
 * @param registerCode which register
 * @param year the calendar year of the series (Asia/Ho_Chi_Minh)
 * @param number the incoming number (số đến), from 1 each year
 * @param messageRecordId the registered message; empty for a paper document entered by hand
 * @param registeredAt when it was registered
 */
public record RegisterEntry(
        long id, String registerCode, int year, long number, OptionalLong messageRecordId, Instant registeredAt) {

    /** The number as shown to clerks: number/year. */
    public String display() {
        return number + "/" + year;
    }
}
