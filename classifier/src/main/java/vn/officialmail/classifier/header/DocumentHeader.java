package vn.officialmail.classifier.header;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The legal metadata of one document as laid out by Decree 30/2020 Appendix I. Every field is
 * optional: mail bodies and scans often have only some of them.
 *
 * @param parentBody the governing body above the issuer (box 2, first line), e.g. "BỘ TÀI CHÍNH"
 * @param issuingBody the issuing body (box 2), e.g. "CỤC THUẾ"
 * @param numberSymbol box 3
 * @param place box 4, e.g. "Hà Nội"
 * @param date box 4, the issue date
 * @param titleLine box 5a, the type name line as written, e.g. "QUYẾT ĐỊNH"
 * @param subject box 5a/5b, the trích yếu or the text after "V/v"
 * @param subjectIsVv whether the subject came from a "V/v" line (the công văn layout)
 * @param recipients the "Kính gửi:" recipients
 * @param distribution the "Nơi nhận:" lines
 * @param signer box 7
 * @param meeting the Giấy mời lines
 * @param commentDeadline for a draft sent for comments, the date comments are due
 */
public record DocumentHeader(
        Optional<Field<String>> parentBody,
        Optional<Field<String>> issuingBody,
        Optional<Field<NumberSymbol>> numberSymbol,
        Optional<Field<String>> place,
        Optional<Field<LocalDate>> date,
        Optional<Field<String>> titleLine,
        Optional<Field<String>> subject,
        boolean subjectIsVv,
        List<String> recipients,
        List<String> distribution,
        Optional<Field<Signer>> signer,
        Optional<Field<MeetingDetails>> meeting,
        Optional<Field<LocalDate>> commentDeadline) {

    public DocumentHeader {
        recipients = List.copyOf(recipients);
        distribution = List.copyOf(distribution);
    }
}
