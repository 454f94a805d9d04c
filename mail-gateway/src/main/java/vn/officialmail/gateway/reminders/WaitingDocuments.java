package vn.officialmail.gateway.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.officialmail.config.directory.Unit;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.handling.DocumentHandling;
import vn.officialmail.gateway.handling.HandlingStatus;

/**
 * What waits for whom: documents assigned and not done (from the handling slips: lead unit, lead
 * person, and the co-operating units, whose reminders mark them as co-operation) and documents registered but not yet assigned (for the units they were addressed to:
 * the unit mailboxes they were read from, the unit addresses among their recipients).
 */
@Component
final class WaitingDocuments {

    /** Bounds one run; an agency with more open documents than this has a bigger problem than reminders. */
    static final int LIMIT = 1000;

    /** Incoming register entries without a handling slip. */
    private static final String NOT_ASSIGNED = "e.register_code = 'incoming' and not exists"
            + " (select 1 from document_handling h where h.register_entry_id = e.id)";

    private final DocumentHandling handling;
    private final JdbcClient jdbc;
    private final Directory directory;

    WaitingDocuments(DocumentHandling handling, JdbcClient jdbc, Directory directory) {
        this.handling = handling;
        this.jdbc = jdbc;
        this.directory = directory;
    }

    List<WaitingDocument> find() {
        List<WaitingDocument> waiting = new ArrayList<>();
        Map<String, Set<String>> coUnits = coUnits();
        for (HandlingStatus open : List.of(HandlingStatus.ASSIGNED, HandlingStatus.IN_PROGRESS)) {
            for (DocumentHandling.TrackingLine line : handling.tracking(Optional.empty(), Optional.of(open), LIMIT)) {
                waiting.add(new WaitingDocument(
                        line.number(),
                        line.document(),
                        line.urgent(),
                        line.deadline(),
                        Optional.of(line.status()),
                        line.leadUnit().map(Set::of).orElse(Set.of()),
                        line.leadPerson()
                                .map(person -> Set.of(person.strip().toLowerCase(Locale.ROOT)))
                                .orElse(Set.of()),
                        coUnits.getOrDefault(line.number(), Set.of()),
                        false));
            }
        }
        waiting.addAll(notAssigned());
        return waiting;
    }

    /** The co-operating units of every open slip, by incoming number ({@code 12/2026}). */
    private Map<String, Set<String>> coUnits() {
        Map<String, Set<String>> byNumber = new HashMap<>();
        jdbc.sql("select e.number, e.register_year, h.co_units from document_handling h"
                        + " join register_entry e on e.id = h.register_entry_id"
                        + " where h.status in ('ASSIGNED', 'IN_PROGRESS') and h.co_units is not null")
                .query(rs -> {
                    for (String code : rs.getString(3).split(",")) {
                        if (!code.isBlank()) {
                            byNumber.computeIfAbsent(rs.getLong(1) + "/" + rs.getInt(2), n -> new HashSet<>())
                                    .add(code.strip());
                        }
                    }
                });
        return byNumber;
    }

    private List<WaitingDocument> notAssigned() {
        // The units whose shared mailboxes the message was read from (one per receipt).
        Map<Long, Set<String>> units = new HashMap<>();
        jdbc.sql("select e.id, r.unit_code from register_entry e"
                        + " join message_record m on m.id = e.message_record_id"
                        + " join mailbox_message mm on mm.message_key = m.message_key"
                        + " join mailbox_receipt r on r.mailbox_message_id = mm.id where " + NOT_ASSIGNED)
                .query(rs -> {
                    units.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
                });
        return jdbc.sql("select e.id, e.number, e.register_year, e.type_name, e.number_symbol, e.document_date,"
                        + " e.issuer, e.subject, e.urgent, (select m.recipients from message_record m"
                        + " where m.id = e.message_record_id) from register_entry e where " + NOT_ASSIGNED
                        + " order by e.urgent desc, e.register_year, e.number fetch first " + LIMIT + " rows only")
                .query((rs, row) -> {
                    Set<String> to = new HashSet<>(units.getOrDefault(rs.getLong(1), Set.of()));
                    for (String recipient :
                            StringUtils.defaultString(rs.getString(10)).split("\n")) {
                        if (!recipient.isBlank()) {
                            directory
                                    .unitOfMailbox(recipient.strip())
                                    .map(Unit::code)
                                    .ifPresent(to::add);
                        }
                    }
                    LocalDate date = rs.getObject(6, LocalDate.class);
                    String document = String.join(
                                    " ",
                                    StringUtils.defaultString(rs.getString(4)),
                                    StringUtils.defaultString(rs.getString(5)),
                                    date == null ? "" : date.toString(),
                                    StringUtils.defaultString(rs.getString(7)))
                            .strip()
                            .replaceAll(" {2,}", " ");
                    return new WaitingDocument(
                            rs.getLong(2) + "/" + rs.getInt(3),
                            document.isEmpty() ? StringUtils.defaultString(rs.getString(8)) : document,
                            rs.getBoolean(9),
                            Optional.empty(),
                            Optional.empty(),
                            to,
                            Set.of());
                })
                .list();
    }
}
