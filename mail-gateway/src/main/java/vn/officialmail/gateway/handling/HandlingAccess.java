package vn.officialmail.gateway.handling;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.users.Role;

/**
 * Which units' documents a user of the handling API and console pages follows: administrators and
 * clerks (who assign on the competent person's behalf) every unit, a unit head or delegate only
 * their own (403 for another's). The same for drafts for comments (a request of their unit in
 * full, of a request their unit was asked only their unit's line) and periodic reports (their
 * unit's line).
 */
public final class HandlingAccess {

    private HandlingAccess() {}

    public static boolean seesEveryUnit(GatewayUser reader) {
        return reader.has(Role.ADMINISTRATOR) || reader.has(Role.CLERK);
    }

    /** The unit filter to apply: the asked one for readers of every unit, else the reader's own (403 for another). */
    public static Optional<String> unitFor(GatewayUser reader, Optional<String> asked) {
        Optional<String> wanted = asked.filter(u -> !u.isBlank());
        if (seesEveryUnit(reader)) {
            return wanted;
        }
        String own = own(reader);
        if (wanted.isPresent() && !wanted.get().equals(own)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Chỉ xem được đơn vị của mình / only unit '" + own + "' is visible to you");
        }
        return Optional.of(own);
    }

    /** True when the reader follows documents of {@code unit}. */
    public static boolean follows(GatewayUser reader, Optional<String> unit) {
        return seesEveryUnit(reader) || unit.isPresent() && reader.unitCode().equals(unit);
    }

    /** Refuses (403) a reader who does not follow {@code unit}. */
    public static void require(GatewayUser reader, Optional<String> unit) {
        if (!follows(reader, unit)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Văn bản của đơn vị khác / this belongs to another unit");
        }
    }

    /**
     * What the reader may see of a request for comments: all of it when they follow the requesting
     * unit, only their own unit's line when their unit was asked (the other units' comments are the
     * requesting unit's business), or nothing.
     */
    public static Optional<ConsultationReport.Summary> consultation(
            GatewayUser reader, ConsultationReport.Summary summary) {
        if (followsRequest(reader, summary)) {
            return Optional.of(summary);
        }
        List<ConsultationReport.UnitAnswer> own = summary.units().stream()
                .filter(u -> reader.unitCode().equals(Optional.of(u.unit())))
                .toList();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        int answered = (int)
                own.stream().filter(ConsultationReport.UnitAnswer::answered).count();
        return Optional.of(new ConsultationReport.Summary(
                summary.id(),
                summary.title(),
                summary.requestingUnit(),
                summary.deadline(),
                summary.overdue() && answered < own.size(),
                answered,
                own.size() - answered,
                own));
    }

    /** True when the reader follows the unit that asked for comments: the summary table is theirs. */
    public static boolean followsRequest(GatewayUser reader, ConsultationReport.Summary summary) {
        return follows(reader, summary.requestingUnit());
    }

    /** What the reader may see of a periodic report's table: every line, their own unit's line, or nothing. */
    public static Optional<PeriodicReports.Table> report(GatewayUser reader, PeriodicReports.Table table) {
        if (seesEveryUnit(reader)) {
            return Optional.of(table);
        }
        List<PeriodicReports.Line> own = table.lines().stream()
                .filter(line -> reader.unitCode().equals(Optional.of(line.unit())))
                .toList();
        return own.isEmpty()
                ? Optional.empty()
                : Optional.of(new PeriodicReports.Table(table.code(), table.name(), table.period(), table.due(), own));
    }

    public static String own(GatewayUser reader) {
        return reader.unitCode()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.FORBIDDEN, "Tài khoản chưa gắn với đơn vị / the account belongs to no unit"));
    }
}
