package vn.officialmail.gateway.message;

import org.springframework.stereotype.Service;
import vn.officialmail.gateway.classification.SecretMessages;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.users.Role;
import vn.officialmail.indexer.analysis.Keywords;

/**
 * Who may open a message: the same rule search enforces inside its query ({@code
 * SearchController.accessOf}), so that whoever finds a message can open it and nobody opens what
 * they could not find. Administrators and compliance officers: everything. Clerks: every unit, no
 * secret-marked mail. Unit heads and delegates: their own unit's mail (the sender's or a recipient's
 * unit, {@link MessageUnits}), no secret-marked mail, nothing without a unit. Anyone else: nothing.
 */
@Service
public final class MessageAccess {

    private final SecretMessages secrets;
    private final MessageUnits units;

    public MessageAccess(SecretMessages secrets, MessageUnits units) {
        this.secrets = secrets;
        this.units = units;
    }

    /** Whether {@code reader} may open {@code message}. */
    public boolean mayRead(GatewayUser reader, MessageRecord message) {
        if (reader.seesEverything()) {
            return true;
        }
        if (secrets.isSecret(message.id())) {
            return false;
        }
        if (reader.has(Role.CLERK)) {
            return true;
        }
        if (!reader.has(Role.UNIT_HEAD) && !reader.has(Role.UNIT_DELEGATE)) {
            return false;
        }
        return reader.unitCode()
                .map(Keywords::fold)
                .map(own -> units.of(message).stream().map(Keywords::fold).anyMatch(own::equals))
                .orElse(false);
    }
}
