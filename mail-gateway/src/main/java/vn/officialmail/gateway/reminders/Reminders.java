package vn.officialmail.gateway.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.calendar.WorkingCalendar;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.relay.OwnMessages;

/**
 * Sends one reminder slot: on a working day, every address something waits for gets one mail
 * listing it. A unit is reached at its shared mailbox, its head and the head's delegate (from the
 * directory); a lead person at their own address; the co-operating units of a handling slip get
 * the document too, marked "(phối hợp)"; documents not yet assigned also reach the registry clerks. The mail is queued in the transaction that records the slot, so a slot fired
 * twice sends once.
 */
@Service
public final class Reminders {

    /** What one slot did. */
    public record Run(boolean workingDay, boolean alreadySent, int recipients, int documents) {
        @Override
        public String toString() {
            if (!workingDay) {
                return "ngày nghỉ, không gửi / day off, nothing sent";
            }
            return alreadySent
                    ? "đã gửi trước đó / already sent"
                    : recipients + " người nhận, " + documents + " văn bản / " + recipients + " recipient(s), "
                            + documents + " document(s)";
        }
    }

    private final WaitingDocuments waiting;
    private final WorkingCalendar calendar;
    private final Directory directory;
    private final OwnMessages messages;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final ReminderSettings settings;

    Reminders(
            WaitingDocuments waiting,
            WorkingCalendar calendar,
            Directory directory,
            OwnMessages messages,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            AuditLog audit,
            Clock clock,
            GatewaySettings settings) {
        this.waiting = waiting;
        this.calendar = calendar;
        this.directory = directory;
        this.messages = messages;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings.reminders();
    }

    /** Sends the reminders of the slot at {@code slot} (the trigger's scheduled time, not the time it ran). */
    public Run send(Instant slot) {
        LocalDateTime local = LocalDateTime.ofInstant(slot, calendar.zone());
        LocalDate today = local.toLocalDate();
        if (!calendar.isWorkingDay(today)) {
            return new Run(false, false, 0, 0);
        }
        LocalDate dueBy = calendar.addWorkingDays(today, settings.deadlineWithinDays());
        Map<String, List<WaitingDocument>> byAddress = byAddress(waiting.find());
        int documents = (int) byAddress.values().stream()
                .flatMap(List::stream)
                .map(WaitingDocument::number)
                .distinct()
                .count();
        return transactions.execute(status -> {
            try {
                jdbc.sql("insert into reminder_run (slot_at, sent_at, recipients, documents) values (?, ?, ?, ?)")
                        .params(utc(slot), utc(clock.instant()), byAddress.size(), documents)
                        .update();
            } catch (DuplicateKeyException e) {
                return new Run(true, true, 0, 0);
            }
            byAddress.forEach((address, list) -> {
                ReminderDigest digest = ReminderDigest.of(
                        list, local, dueBy, settings.deadlineWithinDays(), settings.english(), settings.maxDocuments());
                messages.send(
                        new OwnMessages.Draft(
                                "reminder", List.of(address), digest.subject(), digest.text(), false, Optional.empty()),
                        digest.html());
            });
            audit.record(
                    "gateway",
                    "reminders-sent",
                    "reminder-slot",
                    slot.toString(),
                    Map.of("recipients", Integer.toString(byAddress.size()), "documents", Integer.toString(documents)));
            return new Run(true, false, byAddress.size(), documents);
        });
    }

    /** Who gets what: each address once, each document once per address. */
    private Map<String, List<WaitingDocument>> byAddress(List<WaitingDocument> documents) {
        Map<String, List<WaitingDocument>> byAddress = new TreeMap<>();
        for (WaitingDocument document : documents) {
            Set<String> addresses = new LinkedHashSet<>(document.persons());
            document.units().forEach(code -> directory.unit(code).ifPresent(unit -> addresses.addAll(of(unit))));
            if (!document.assigned()) {
                settings.registryClerks()
                        .forEach(clerk -> addresses.add(clerk.strip().toLowerCase(Locale.ROOT)));
            }
            for (String address : addresses) {
                add(byAddress, address, document);
            }
            // Co-operating units hear of it too, marked as co-operation; whoever leads it sees it as lead.
            WaitingDocument coOperation = document.forCoOperation();
            for (String code : document.coUnits()) {
                directory.unit(code).ifPresent(unit -> of(unit).stream()
                        .filter(address -> !addresses.contains(address))
                        .forEach(address -> add(byAddress, address, coOperation)));
            }
        }
        return byAddress;
    }

    private static void add(Map<String, List<WaitingDocument>> byAddress, String address, WaitingDocument document) {
        List<WaitingDocument> list = byAddress.computeIfAbsent(address, a -> new ArrayList<>());
        if (list.stream().noneMatch(d -> d.number().equals(document.number()))) {
            list.add(document);
        }
    }

    private static List<String> of(Unit unit) {
        List<String> addresses = new ArrayList<>();
        unit.sharedMailbox().ifPresent(addresses::add);
        unit.head().ifPresent(addresses::add);
        unit.delegate().ifPresent(addresses::add);
        return addresses.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
