package vn.officialmail.gateway.reminders;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import vn.officialmail.gateway.handling.HandlingStatus;

/**
 * A registered incoming document someone still has to act on, and who.
 *
 * @param number the incoming number, {@code 12/2026}
 * @param document type, number/symbol, date and issuer (or the subject when those are unknown)
 * @param urgent marked urgent
 * @param deadline the handling deadline, if one was set
 * @param status the handling status; empty while nobody has been assigned
 * @param units the codes of the units it waits for (the lead unit, or the units it was addressed to)
 * @param persons the addresses of the people it waits for (the lead person)
 */
record WaitingDocument(
        String number,
        String document,
        boolean urgent,
        Optional<LocalDate> deadline,
        Optional<HandlingStatus> status,
        Set<String> units,
        Set<String> persons) {

    WaitingDocument {
        units = Set.copyOf(units);
        persons = Set.copyOf(persons);
    }

    /** Assigned to someone (in a handling slip), as against registered and waiting for assignment. */
    boolean assigned() {
        return status.isPresent();
    }

    /** Past its deadline on {@code today}. */
    boolean overdueOn(LocalDate today) {
        return deadline.filter(d -> d.isBefore(today)).isPresent();
    }
}
