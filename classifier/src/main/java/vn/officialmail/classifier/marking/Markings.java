package vn.officialmail.classifier.marking;

import java.util.Optional;

/**
 * The secrecy and urgency marks of one document or message.
 *
 * @param secrecy the highest secrecy mark found
 * @param urgency the highest urgency mark found
 */
public record Markings(Optional<Mark<SecrecyLevel>> secrecy, Optional<Mark<UrgencyLevel>> urgency) {

    /** No marks. */
    public static final Markings NONE = new Markings(Optional.empty(), Optional.empty());

    /** Whether a secrecy mark was found (the gateway quarantines such mail, R3). */
    public boolean isSecret() {
        return secrecy.isPresent();
    }
}
