package vn.officialmail.gateway.registry;

import java.util.Optional;

/**
 * A message's place in the incoming register. The number is taken when the registering
 * transaction commits (see {@link IncomingRegister}), so until then {@link #entry()} is empty;
 * it stays empty if the transaction rolls back. A duplicate of a registered document takes no
 * number: {@link #duplicateOf()} names the first entry instead.
 */
public final class Registration {

    private volatile RegisterEntry entry;
    private volatile RegisterEntry duplicateOf;

    Registration() {}

    static Registration of(RegisterEntry entry) {
        Registration registration = new Registration();
        registration.assign(entry);
        return registration;
    }

    static Registration duplicateOf(RegisterEntry first) {
        Registration registration = new Registration();
        registration.duplicateOf = first;
        return registration;
    }

    void assign(RegisterEntry assigned) {
        this.entry = assigned;
    }

    void markDuplicateOf(RegisterEntry first) {
        this.duplicateOf = first;
    }

    /** The entry, once the number is assigned. */
    public Optional<RegisterEntry> entry() {
        return Optional.ofNullable(entry);
    }

    /** The first entry of the same document, when this one is a duplicate. */
    public Optional<RegisterEntry> duplicateOf() {
        return Optional.ofNullable(duplicateOf);
    }

    /** The number as shown to clerks, once assigned. */
    public Optional<String> display() {
        return entry().map(RegisterEntry::display);
    }
}
