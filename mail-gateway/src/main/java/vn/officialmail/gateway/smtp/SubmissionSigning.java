package vn.officialmail.gateway.smtp;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.subethamail.smtp.RejectException;
import vn.officialmail.gateway.trust.smime.SmimeFormatException;
import vn.officialmail.gateway.trust.smime.UnitSigning;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.users.UserAccounts;

/**
 * Signs what a user submits with the S/MIME certificate of the user's unit, when the unit has one
 * ({@code gateway.submission.signing-keys}) that carries the login's address (the login is the only
 * From a submission may have, {@link SubmittedSender}), before the message enters the spool: the register,
 * the archive and the recipients all get the same signed message. A message that cannot be signed
 * is refused with a reason, so the sender keeps it and nothing goes out unsigned by mistake.
 */
@Component
final class SubmissionSigning {

    private static final Logger log = LoggerFactory.getLogger(SubmissionSigning.class);

    private final UnitSigning signing;
    private final UserAccounts accounts;

    SubmissionSigning(UnitSigning signing, UserAccounts accounts) {
        this.signing = signing;
        this.accounts = accounts;
        if (!signing.units().isEmpty()) {
            log.info("Submitted mail of units {} is signed with the unit's S/MIME certificate", signing.units());
        }
    }

    /** The message as it is to be spooled: signed when the login's unit has a key, else unchanged. */
    byte[] apply(Optional<String> login, byte[] raw) throws RejectException {
        Optional<String> unit = login.flatMap(accounts::find).flatMap(GatewayUser::unitCode);
        if (unit.isEmpty() || !signing.signs(unit.get(), login.get())) {
            return raw;
        }
        try {
            return signing.sign(unit.get(), login.get(), raw).orElse(raw);
        } catch (SmimeFormatException e) {
            log.warn("Refusing a submission of {}: {}", login.get(), e.getMessage());
            throw new RejectException(
                    554,
                    "5.6.0 The message cannot be signed with the unit's certificate / không ký được thư bằng chứng"
                            + " thư số của đơn vị: " + e.getMessage().replaceAll("\\p{Cntrl}", " "));
        }
    }
}
