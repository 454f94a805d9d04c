package vn.officialmail.gateway.registry;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import vn.officialmail.classifier.normalize.Folding;

/**
 * What the incoming register records about a document besides its number (Decree 30/2020
 * Appendix IV.VI): who issued it, its number and symbol, its date, type and summary, to whom it
 * goes, whether it is urgent, a note. Every text is bounded to its column, so what is hashed
 * is exactly what is stored.
 *
 * @param sender the envelope sender (empty for paper documents)
 * @param subject the mail's subject (or the paper document's title)
 * @param issuer the issuing body (tác giả)
 * @param numberSymbol the number and symbol, e.g. {@code 15/QĐ-BTP}
 * @param documentDate the date of the document
 * @param typeName the type's Vietnamese name (tên loại)
 * @param summary the trích yếu
 * @param recipients the receiving unit or person (đơn vị hoặc người nhận)
 * @param urgent whether it carries an urgency mark
 * @param note the register's "ghi chú"
 * @param signer who signed it (người ký; outgoing register column 4)
 * @param copies how many copies were issued (số lượng bản; outgoing column 7), 0 when not recorded
 * @param keptBy the unit or person keeping the file copy (đơn vị, người nhận bản lưu; outgoing column 6)
 */
public record DocumentParticulars(
        String sender,
        String subject,
        Optional<String> issuer,
        Optional<String> numberSymbol,
        Optional<LocalDate> documentDate,
        Optional<String> typeName,
        Optional<String> summary,
        String recipients,
        boolean urgent,
        Optional<String> note,
        Optional<String> signer,
        int copies,
        Optional<String> keptBy) {

    /** The particulars of an incoming document (no signer, copies or file copy holder). */
    public DocumentParticulars(
            String sender,
            String subject,
            Optional<String> issuer,
            Optional<String> numberSymbol,
            Optional<LocalDate> documentDate,
            Optional<String> typeName,
            Optional<String> summary,
            String recipients,
            boolean urgent,
            Optional<String> note) {
        this(
                sender,
                subject,
                issuer,
                numberSymbol,
                documentDate,
                typeName,
                summary,
                recipients,
                urgent,
                note,
                Optional.empty(),
                0,
                Optional.empty());
    }

    public DocumentParticulars {
        sender = StringUtils.truncate(StringUtils.defaultString(sender), 512);
        subject = StringUtils.truncate(StringUtils.defaultString(subject), 4000);
        issuer = bounded(issuer, 512);
        numberSymbol = bounded(numberSymbol, 128);
        typeName = bounded(typeName, 255);
        summary = bounded(summary, 4000);
        recipients = StringUtils.truncate(StringUtils.defaultString(recipients), 4000);
        note = bounded(note, 4000);
        signer = bounded(signer, 255);
        keptBy = bounded(keptBy, 512);
        if (copies < 0 || copies > 100_000) {
            throw new IllegalArgumentException("copies must be from 0 to 100000, not " + copies);
        }
    }

    /** The same document with the outgoing register's columns: signer, copies, file copy holder. */
    public DocumentParticulars issued(Optional<String> signedBy, int copiesIssued, Optional<String> fileCopyHolder) {
        return new DocumentParticulars(
                sender,
                subject,
                issuer,
                numberSymbol,
                documentDate,
                typeName,
                summary,
                recipients,
                urgent,
                note,
                signedBy,
                copiesIssued,
                fileCopyHolder);
    }

    /** A document known only by its sender and subject. */
    public static DocumentParticulars of(String sender, String subject) {
        return new DocumentParticulars(
                sender,
                subject,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "",
                false,
                Optional.empty());
    }

    /**
     * The same document twice has the same number, symbol and issuer (Decree 30 Appendix VI
     * III.1.h): compared without diacritics, case or spacing, as clerks and scanners vary them.
     */
    Optional<String> identityKey() {
        if (numberSymbol.isEmpty() || issuer.isEmpty()) {
            return Optional.empty();
        }
        String key = compact(numberSymbol.get()).replace(" ", "") + "|" + compact(issuer.get());
        return Optional.of(StringUtils.truncate(key, 690));
    }

    private static String compact(String text) {
        return Folding.fold(text)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static Optional<String> bounded(Optional<String> value, int max) {
        return value == null
                ? Optional.empty()
                : value.map(String::strip).filter(v -> !v.isEmpty()).map(v -> StringUtils.truncate(v, max));
    }
}
