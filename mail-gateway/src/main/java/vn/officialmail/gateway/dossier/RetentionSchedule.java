package vn.officialmail.gateway.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * When a dossier is due at the agency archive and when it may be destroyed, computed from its
 * retention period and the day it was closed (the day its work ended):
 *
 * <ul>
 *   <li>transfer (nộp lưu) is due {@code transfer-within} after closing, one year by default
 *       (Decree 30/2020 Art. 30.2), for dossiers kept permanently or five years and more (Art.
 *       29.4.c, 31.3.c); shorter ones stay with the unit and have no transfer date;
 *   <li>the notice goes out {@code transfer-notice-days} (30) before the transfer is due;
 *   <li>a period of N years counts from the year the work ended (Circular 10/2022/TT-BNV): the
 *       dossier may be proposed for destruction from 1 January of closing year + N + 1; a
 *       permanent dossier, or one whose period is not a number of years, never.
 * </ul>
 *
 * @param code the dossier
 * @param state open, closed or destroyed
 * @param retention the period as the file plan writes it
 * @param permanent kept for ever
 * @param years the period in years, when it is one
 * @param closedOn the day it was closed (Asia/Ho_Chi_Minh), when closed
 * @param transferDue the last day of the transfer to the agency archive
 * @param transferNoticeOn the day the transfer notice is due to go out
 * @param transferNoticeSentAt when it went out
 * @param destroyableFrom the first day it may be proposed for destruction
 * @param hold the legal hold, when there is one
 * @param disposal the destruction proceedings' state, when begun
 */
public record RetentionSchedule(
        String code,
        Dossiers.State state,
        String retention,
        boolean permanent,
        OptionalInt years,
        Optional<LocalDate> closedOn,
        Optional<LocalDate> transferDue,
        Optional<LocalDate> transferNoticeOn,
        Optional<Instant> transferNoticeSentAt,
        Optional<LocalDate> destroyableFrom,
        Optional<LegalHold> hold,
        Optional<String> disposal) {

    /** A legal hold (tạm dừng hủy): while it stands the dossier cannot be destroyed. */
    public record LegalHold(String reason, String by, Instant since) {}

    /** The dates of a period for a dossier closed on {@code closedOn}. */
    record Dates(Optional<LocalDate> transferDue, Optional<LocalDate> noticeOn, Optional<LocalDate> destroyableFrom) {

        static Dates of(RetentionPeriod period, Optional<LocalDate> closedOn, DossierSettings settings) {
            if (closedOn.isEmpty()) {
                return new Dates(Optional.empty(), Optional.empty(), Optional.empty());
            }
            LocalDate closed = closedOn.get();
            Optional<LocalDate> due = period.deposited() || !period.known()
                    ? Optional.of(closed.plus(settings.transferWithin()))
                    : Optional.empty();
            Optional<LocalDate> notice = due.map(d -> d.minusDays(settings.transferNoticeDays()));
            Optional<LocalDate> destroyable = period.years().isPresent()
                    ? Optional.of(LocalDate.of(closed.getYear() + period.years().getAsInt() + 1, 1, 1))
                    : Optional.empty();
            return new Dates(due, notice, destroyable);
        }
    }
}
