package vn.officialmail.gateway.classification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the classifier decided about a message, as stored and shown by the API.
 *
 * @param type the catalogue id, or {@code unclassified} (goes to review)
 * @param typeName the Vietnamese type name from the catalogue
 * @param confidence 0 to 1
 * @param reasons why, in Vietnamese, strongest first
 * @param numberSymbol the Số line, e.g. {@code 15/QĐ-BTP}
 * @param issuer the issuing body
 * @param issuedOn the issue date
 * @param subject the trích yếu
 * @param secrecy the secrecy mark (MẬT, TỐI MẬT, TUYỆT MẬT), if any
 * @param urgency the urgency mark, if any
 * @param source which text decided: the subject and body, or an attachment's file name
 */
public record DocumentFacts(
        String type,
        Optional<String> typeName,
        double confidence,
        List<String> reasons,
        Optional<String> numberSymbol,
        Optional<String> issuer,
        Optional<LocalDate> issuedOn,
        Optional<String> subject,
        Optional<String> secrecy,
        Optional<String> urgency,
        String source) {

    public DocumentFacts {
        reasons = List.copyOf(reasons);
    }
}
