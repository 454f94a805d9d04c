package vn.officialmail.gateway.console;

import java.util.Optional;
import vn.officialmail.gateway.handling.ConsultationReport;
import vn.officialmail.gateway.handling.HandlingAccess;
import vn.officialmail.gateway.users.GatewayUser;

/** The handling pages' unit scope: the same rules as the API's ({@link HandlingAccess}). */
final class HandlingScope {

    private HandlingScope() {}

    static boolean seesEveryUnit(GatewayUser reader) {
        return HandlingAccess.seesEveryUnit(reader);
    }

    static Optional<String> unitFor(GatewayUser reader, Optional<String> asked) {
        return HandlingAccess.unitFor(reader, asked);
    }

    static boolean follows(GatewayUser reader, Optional<String> unit) {
        return HandlingAccess.follows(reader, unit);
    }

    static void require(GatewayUser reader, Optional<String> unit) {
        HandlingAccess.require(reader, unit);
    }

    static Optional<ConsultationReport.Summary> consultation(GatewayUser reader, ConsultationReport.Summary summary) {
        return HandlingAccess.consultation(reader, summary);
    }

    static boolean followsRequest(GatewayUser reader, ConsultationReport.Summary summary) {
        return HandlingAccess.followsRequest(reader, summary);
    }
}
