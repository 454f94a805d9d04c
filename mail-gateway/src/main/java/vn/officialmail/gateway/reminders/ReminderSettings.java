package vn.officialmail.gateway.reminders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The twice-daily reminders ({@code gateway.reminders.*}).
 *
 * @param enabled schedule the reminders at all
 * @param times when, in the agency's time zone ({@code gateway.calendar.zone}); working days only
 * @param deadlineWithinDays a document due within this many working days is listed as due soon
 * @param registryClerks the văn thư's addresses: they are reminded of every registered document
 *     not yet assigned, also of those no unit could be found for (paper, mail to the agency's address)
 * @param english add an English line under the Vietnamese
 * @param maxDocuments the most documents listed in one reminder; the rest are counted
 */
public record ReminderSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue({"08:00", "13:30"}) List<LocalTime> times,
        @DefaultValue("3") @Min(0) @Max(60) int deadlineWithinDays,
        @Nullable List<String> registryClerks,
        @DefaultValue("true") boolean english,
        @DefaultValue("200") @Min(1) @Max(5000) int maxDocuments) {

    public ReminderSettings {
        times = List.copyOf(times);
        registryClerks = registryClerks == null ? List.of() : List.copyOf(registryClerks);
        if (times.size() > 24) {
            throw new IllegalArgumentException("gateway.reminders.times takes at most 24 times: " + times);
        }
        if (times.stream().anyMatch(t -> t.getSecond() != 0 || t.getNano() != 0)) {
            throw new IllegalArgumentException("gateway.reminders.times must be whole minutes (HH:mm): " + times);
        }
    }
}
