package vn.officialmail.gateway.channel;

import java.util.Optional;
import vn.officialmail.config.directory.Agency;
import vn.officialmail.config.directory.DirectoryValues;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.directory.Direction;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.directory.DomainStanding;
import vn.officialmail.gateway.trust.Reason;

/**
 * Judges one recipient's mailbox against the directory: official mailbox, a unit's shared
 * mailbox when the sender is in the same agency (official inside its own agency only:
 * vn-standards.md §7, MOJ rules on official e-mail), or a personal or outside mailbox; and the direction from the sender to it. An
 * official document going to a recipient judged non-official on an outbound way is what the
 * compliance officers must see (a CC to gmail, a forward to a personal account).
 */
public final class RecipientJudge {

    private final Directory directory;

    public RecipientJudge(Directory directory) {
        this.directory = directory;
    }

    /** The verdict for mail from {@code sender} (normalised or not) to {@code recipient}. */
    public RecipientVerdict judge(String sender, String recipient) {
        String address = DirectoryValues.normalizedAddress(recipient).orElse(recipient.strip());
        String domain = address.substring(address.lastIndexOf('@') + 1);
        Direction direction = directory.direction(sender, address);
        Optional<String> unitCode = directory.unitOfMailbox(address).map(Unit::code);
        DomainStanding standing = directory.standing(domain);
        if (standing.kind() == DomainStanding.Kind.DENIED) {
            return verdict(
                    address,
                    domain,
                    Channel.NON_OFFICIAL,
                    direction,
                    unitCode,
                    Reason.of(
                            "channel.recipient-denied", address, standing.rule().orElse(domain), direction));
        }
        Optional<Unit> sharedBy = directory.unitWithSharedMailbox(address);
        if (sharedBy.isPresent() && inAgency(sender, sharedBy.get().agencyCode())) {
            Unit unit = sharedBy.get();
            return verdict(
                    address,
                    domain,
                    Channel.OFFICIAL_UNIT_MAILBOX,
                    direction,
                    unitCode,
                    Reason.of("channel.recipient-unit-mailbox", address, unit.code(), unit.agencyCode()));
        }
        // another agency's shared mailbox (its văn thư) is an issued mailbox like any other: official by its domain
        if (standing.isOfficial()) {
            return verdict(
                    address,
                    domain,
                    Channel.OFFICIAL,
                    direction,
                    unitCode,
                    Reason.of(
                            "channel.recipient-official",
                            address,
                            standing.rule().orElse(domain)));
        }
        if (standing.kind() == DomainStanding.Kind.PERSONAL) {
            return verdict(
                    address,
                    domain,
                    Channel.NON_OFFICIAL,
                    direction,
                    unitCode,
                    Reason.of(
                            "channel.recipient-personal",
                            address,
                            standing.rule().orElse(domain),
                            direction));
        }
        return verdict(
                address,
                domain,
                Channel.NON_OFFICIAL,
                direction,
                unitCode,
                Reason.of("channel.recipient-other", address, domain));
    }

    private boolean inAgency(String address, String agencyCode) {
        return directory
                .agencyOfAddress(address)
                .map(Agency::code)
                .filter(agencyCode::equals)
                .isPresent();
    }

    private static RecipientVerdict verdict(
            String address,
            String domain,
            Channel channel,
            Direction direction,
            Optional<String> unitCode,
            Reason reason) {
        return new RecipientVerdict(address, domain, channel, direction, unitCode, reason.vietnamese());
    }
}
