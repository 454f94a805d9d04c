package vn.officialmail.gateway.message;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.directory.Directory;

/**
 * The units a message concerns, from the directory: the sender's unit, then each recipient's unit,
 * each once. One rule for what search restricts on and for who may open a message.
 */
@Service
public final class MessageUnits {

    private final Directory directory;

    public MessageUnits(Directory directory) {
        this.directory = directory;
    }

    /** The units of a recorded message: its sender (as judged) and its envelope recipients. */
    public List<String> of(MessageRecord record) {
        return of(record.fromAddress().orElse(""), record.recipients());
    }

    /** The sender's unit first, then the recipients' units, each once. */
    public List<String> of(String fromAddress, List<String> recipients) {
        List<String> units = new ArrayList<>();
        if (!fromAddress.isBlank()) {
            directory.unitOfMailbox(fromAddress).map(Unit::code).ifPresent(units::add);
        }
        for (String recipient : recipients) {
            directory
                    .unitOfMailbox(recipient)
                    .map(Unit::code)
                    .filter(u -> !units.contains(u))
                    .ifPresent(units::add);
        }
        return units;
    }
}
