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
 * @param coUnits the codes of the co-operating units of its handling slip: reminded too, marked so
 * @param coOperation this copy goes to a co-operating unit (listed as such in its reminder)
 */
record WaitingDocument(
        String number,
        String document,
        boolean urgent,
        Optional<LocalDate> deadline,
        Optional<HandlingStatus> status,
        Set<String> units,
        Set<String> persons,
        Set<String> coUnits,
        boolean coOperation) {

    WaitingDocument {
        units = Set.copyOf(units);
        persons = Set.copyOf(persons);
        coUnits = Set.copyOf(coUnits);
    }

    /** A document without co-operating units. */
    WaitingDocument(
            String number,
            String document,
            boolean urgent,
            Optional<LocalDate> deadline,
            Optional<HandlingStatus> status,
            Set<String> units,
            Set<String> persons) {
        this(number, document, urgent, deadline, status, units, persons, Set.of(), false);
    }

    /** The copy that a co-operating unit's reminder lists. */
    WaitingDocument forCoOperation() {
        return new WaitingDocument(number, document, urgent, deadline, status, units, persons, coUnits, true);
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
