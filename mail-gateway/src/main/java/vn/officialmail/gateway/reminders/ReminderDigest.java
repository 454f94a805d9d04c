package vn.officialmail.gateway.reminders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.web.util.HtmlUtils;
import vn.officialmail.gateway.handling.HandlingStatus;

/**
 * One person's reminder, as text and as HTML: what waits for them in four groups, overdue first
 * (quá hạn; sắp đến hạn; đang giải quyết; chưa phân công), urgent documents first in each group.
 * Vietnamese, with an optional English line.
 *
 * @param subject the subject
 * @param text the plain text body
 * @param html the same as HTML
 */
record ReminderDigest(String subject, String text, String html) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    /** Where a document stands on the day of the reminder. */
    private record Group(String title, Predicate<WaitingDocument> member) {}

    /**
     * @param documents what waits for the recipient (not empty)
     * @param slot the reminder's time, in the agency's time zone
     * @param dueBy the last day that counts as due soon
     * @param withinDays the working days that {@code dueBy} stands for
     * @param english add an English line
     * @param max the most documents listed; the rest are counted
     */
    static ReminderDigest of(
            List<WaitingDocument> documents,
            LocalDateTime slot,
            LocalDate dueBy,
            int withinDays,
            boolean english,
            int max) {
        LocalDate today = slot.toLocalDate();
        List<Group> groups = List.of(
                new Group("Quá hạn xử lý", d -> d.assigned() && d.overdueOn(today)),
                new Group(
                        "Sắp đến hạn (trong " + withinDays + " ngày làm việc)",
                        d -> d.assigned()
                                && !d.overdueOn(today)
                                && d.deadline().filter(x -> !x.isAfter(dueBy)).isPresent()),
                new Group(
                        "Đang giải quyết",
                        d -> d.assigned()
                                && d.deadline().filter(x -> !x.isAfter(dueBy)).isEmpty()),
                new Group("Đã vào sổ, chưa phân công xử lý", d -> !d.assigned()));
        long overdue = documents.stream().filter(groups.get(0).member()).count();
        String subject = "Nhắc việc " + SLOT.format(slot) + ": " + documents.size() + " văn bản chờ xử lý"
                + (overdue > 0 ? " (" + overdue + " quá hạn)" : "");
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\">"
                + "<title>" + escape(subject) + "</title></head><body>");
        String intro = "Văn bản đến đang chờ đồng chí/đơn vị xử lý, tính đến " + SLOT.format(slot) + ":";
        text.append(intro).append("\n");
        html.append("<p>").append(escape(intro)).append("</p>");
        if (english) {
            String line = "Reminder: " + documents.size() + " incoming document(s) wait for you"
                    + (overdue > 0 ? ", " + overdue + " overdue" : "") + ".";
            text.append(line).append("\n");
            html.append("<p lang=\"en\">").append(escape(line)).append("</p>");
        }
        int listed = 0;
        for (Group group : groups) {
            List<WaitingDocument> members = documents.stream()
                    .filter(group.member())
                    .sorted(Comparator.comparing(WaitingDocument::urgent)
                            .reversed()
                            .thenComparing(d -> d.deadline().orElse(LocalDate.MAX))
                            .thenComparing(ReminderDigest::numberOrder))
                    .toList();
            if (members.isEmpty() || listed >= max) {
                continue;
            }
            text.append("\n")
                    .append(group.title())
                    .append(" (")
                    .append(members.size())
                    .append("):\n");
            html.append("<h3>")
                    .append(escape(group.title()))
                    .append(" (")
                    .append(members.size())
                    .append(")</h3><table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">")
                    .append("<tr><th>Số đến</th><th>Văn bản</th><th>Hạn xử lý</th><th>Trạng thái</th></tr>");
            for (WaitingDocument document : members) {
                if (listed >= max) {
                    break;
                }
                listed++;
                List<String> cells = cells(document, today);
                text.append("- ").append(String.join(" | ", cells)).append("\n");
                html.append("<tr>");
                cells.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
                html.append("</tr>");
            }
            html.append("</table>");
        }
        if (documents.size() > listed) {
            String more = "… và " + (documents.size() - listed) + " văn bản khác: xem sổ theo dõi trên cổng quản trị.";
            text.append("\n").append(more).append("\n");
            html.append("<p>").append(escape(more)).append("</p>");
        }
        String footer = "Thư nhắc việc tự động của cổng thư điện tử, gửi vào các ngày làm việc; không trả lời thư này.";
        text.append("\n").append(footer).append("\n");
        html.append("<p><small>").append(escape(footer)).append("</small></p></body></html>");
        return new ReminderDigest(subject, text.toString(), html.toString());
    }

    // Only <, >, &, quotes: the page is UTF-8, Vietnamese letters stay letters.
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static List<String> cells(WaitingDocument document, LocalDate today) {
        List<String> cells = new ArrayList<>();
        cells.add(document.number()
                + (document.urgent() ? " (KHẨN)" : "")
                + (document.coOperation() ? " (phối hợp)" : ""));
        cells.add(document.document());
        cells.add(document.deadline()
                .map(d -> DAY.format(d)
                        + (d.isBefore(today) ? " (quá " + ChronoUnit.DAYS.between(d, today) + " ngày)" : ""))
                .orElse("—"));
        cells.add(document.status().map(ReminderDigest::status).orElse("Chưa phân công"));
        return cells;
    }

    private static String status(HandlingStatus status) {
        return switch (status) {
            case ASSIGNED -> "Đã giao, chưa bắt đầu";
            case IN_PROGRESS -> "Đang giải quyết";
            case DONE -> "Đã giải quyết";
            case RETURNED -> "Trả lại";
        };
    }

    // "12/2026" sorts by year, then number.
    private static long numberOrder(WaitingDocument document) {
        String[] parts = document.number().split("/");
        return parts.length == 2 ? Long.parseLong(parts[1]) * 1_000_000_000L + Long.parseLong(parts[0]) : 0;
    }
}
