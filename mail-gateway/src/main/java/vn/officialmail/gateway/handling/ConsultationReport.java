package vn.officialmail.gateway.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.officialmail.gateway.calendar.WorkingCalendar;
import vn.officialmail.gateway.directory.Directory;
import vn.officialmail.gateway.rendering.Table;

/**
 * Who has commented on a draft and who has not, as data (the API's JSON) and as the summary table
 * of comments (bảng tổng hợp ý kiến góp ý) for XLSX and PDF.
 */
@Service
public final class ConsultationReport {

    /**
     * One unit asked.
     *
     * @param unit the unit's code
     * @param unitName its name in the directory
     * @param mailbox the shared mailbox the draft went to
     * @param answered whether it has commented
     * @param answeredAt when its last comments came
     * @param answeredBy from which address
     * @param comment the comments (the reply's own text)
     * @param replyRecordId the reply's message, with any file of comments
     * @param remindedOn the day of the last reminder
     */
    public record UnitAnswer(
            String unit,
            String unitName,
            String mailbox,
            boolean answered,
            Optional<Instant> answeredAt,
            Optional<String> answeredBy,
            Optional<String> comment,
            Optional<Long> replyRecordId,
            Optional<LocalDate> remindedOn) {}

    /**
     * A request and its answers.
     *
     * @param id its number
     * @param title the draft's title
     * @param requestingUnit the unit asking
     * @param deadline the last day for comments
     * @param overdue the deadline has passed and some units have not answered
     * @param answered how many units have answered
     * @param missing how many have not
     * @param units each unit asked, by code
     */
    public record Summary(
            long id,
            String title,
            Optional<String> requestingUnit,
            LocalDate deadline,
            boolean overdue,
            int answered,
            int missing,
            List<UnitAnswer> units) {}

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final Directory directory;
    private final WorkingCalendar calendar;

    public ConsultationReport(JdbcClient jdbc, Directory directory, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.calendar = calendar;
    }

    /** The request {@code id} with its answers. */
    public Optional<Summary> summary(long id) {
        return jdbc.sql("select title, requesting_unit, deadline from consultation where id = ?")
                .param(id)
                .query((rs, row) -> new Head(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .optional()
                .map(head -> {
                    List<UnitAnswer> units = units(id);
                    int answered =
                            (int) units.stream().filter(UnitAnswer::answered).count();
                    LocalDate deadline = head.deadline();
                    return new Summary(
                            id,
                            head.title(),
                            Optional.ofNullable(head.requestingUnit()),
                            deadline,
                            deadline.isBefore(calendar.today()) && answered < units.size(),
                            answered,
                            units.size() - answered,
                            units);
                });
    }

    /**
     * The latest requests, newest first.
     *
     * @param unit only the requests of this unit or that asked it; empty: every request
     */
    public List<Summary> latest(Optional<String> unit, int limit) {
        int rows = Math.max(1, Math.min(limit, 500));
        // Filtered in the query, so a unit's requests are not crowded out of the latest by other units'.
        List<Long> ids = unit.isEmpty()
                ? jdbc.sql("select id from consultation order by id desc fetch first ? rows only")
                        .param(rows)
                        .query(Long.class)
                        .list()
                : jdbc.sql("select c.id from consultation c where c.requesting_unit = ? or exists (select 1 from"
                                + " consultation_unit u where u.consultation_id = c.id and u.unit_code = ?)"
                                + " order by c.id desc fetch first ? rows only")
                        .params(unit.get(), unit.get(), rows)
                        .query(Long.class)
                        .list();
        List<Summary> summaries = new ArrayList<>();
        for (Long id : ids) {
            summary(id).ifPresent(summaries::add);
        }
        return summaries;
    }

    /** The summary table of comments. */
    public Table table(Summary summary) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (UnitAnswer unit : summary.units()) {
            rows.add(List.of(
                    Integer.toString(n++),
                    unit.unitName(),
                    unit.answered() ? "Đã góp ý" : "Chưa góp ý",
                    unit.answeredAt()
                            .map(at -> WHEN.format(at.atZone(calendar.zone())))
                            .orElse(""),
                    unit.comment().orElse("")));
        }
        return new Table(
                "BẢNG TỔNG HỢP Ý KIẾN GÓP Ý",
                List.of(
                        "Dự thảo: " + summary.title(),
                        "Hạn góp ý: " + Consultations.DAY.format(summary.deadline()) + " — đã góp ý "
                                + summary.answered() + ", chưa góp ý " + summary.missing()),
                List.of("STT", "Đơn vị", "Tình trạng", "Thời điểm", "Ý kiến góp ý"),
                List.of(4, 22, 10, 12, 52),
                rows);
    }

    private record Head(String title, @Nullable String requestingUnit, LocalDate deadline) {}

    private List<UnitAnswer> units(long id) {
        return jdbc.sql(
                        "select unit_code, mailbox, answered_at, answered_by, comment_text, reply_record_id, reminded_on"
                                + " from consultation_unit where consultation_id = ? order by unit_code")
                .param(id)
                .query((rs, row) -> {
                    OffsetDateTime at = rs.getObject(3, OffsetDateTime.class);
                    String code = rs.getString(1);
                    return new UnitAnswer(
                            code,
                            directory.unit(code).map(u -> u.name()).orElse(code),
                            rs.getString(2),
                            at != null,
                            Optional.ofNullable(at).map(OffsetDateTime::toInstant),
                            Optional.ofNullable(rs.getString(4)),
                            Optional.ofNullable(rs.getString(5)),
                            Optional.ofNullable(rs.getObject(6, Long.class)),
                            Optional.ofNullable(rs.getObject(7, LocalDate.class)));
                })
                .list();
    }
}
