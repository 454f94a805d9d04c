package vn.officialmail.classifier.header;

import java.util.Optional;

/**
 * The lines of a Giấy mời (Decree 30/2020 Appendix III, template 1.7): who chairs, when, where.
 *
 * @param chair the "Chủ trì:" line
 * @param time the "Thời gian:" line
 * @param place the "Địa điểm:" line
 */
public record MeetingDetails(Optional<String> chair, Optional<String> time, Optional<String> place) {

    /** Whether any of the three lines was found. */
    public boolean isPresent() {
        return chair.isPresent() || time.isPresent() || place.isPresent();
    }
}
