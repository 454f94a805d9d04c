package vn.officialmail.gateway.smtp;

import java.io.IOException;
import org.subethamail.smtp.internal.server.BaseCommand;
import org.subethamail.smtp.server.Session;

/** BDAT (RFC 3030) is not offered (see {@link GatewayEhlo}); a client that sends it anyway is told so. */
final class BdatNotOffered extends BaseCommand {

    BdatNotOffered() {
        super("BDAT", "Not offered: use DATA.");
    }

    @Override
    public void execute(String commandString, Session session) throws IOException {
        session.sendResponse("502 5.5.1 BDAT is not offered here; use DATA");
    }
}
