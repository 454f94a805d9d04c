package vn.officialmail.gateway.registry;

import java.util.Optional;

/**
 * A message's place in the incoming register. The number is taken when the registering
 * transaction commits (see {@link IncomingRegister}), so until then {@link #entry()} is empty;
 * it stays empty if the transaction rolls back.
 */
public final class Registration {

    private volatile RegisterEntry entry;

    Registration() {}

    static Registration of(RegisterEntry entry) {
        Registration registration = new Registration();
        registration.assign(entry);
        return registration;
    }

    void assign(RegisterEntry assigned) {
        this.entry = assigned;
    }

    /** The entry, once the number is assigned. */
    public Optional<RegisterEntry> entry() {
        return Optional.ofNullable(entry);
    }

    /** The number as shown to clerks, once assigned. */
    public Optional<String> display() {
        return entry().map(RegisterEntry::display);
    }
}
