package vn.officialmail.gateway.dossier;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Dossiers ({@code gateway.dossiers.*}).
 *
 * @param agencyCode the agency's identifier (mã định danh, QCVN 102:2016, e.g. {@code
 *     000.00.00.G09}): the first part of every dossier code (OrganId)
 * @param filePlan the file plan (danh mục hồ sơ): one dossier per heading and year
 * @param recordsOfficers addresses of the records officers (người làm lưu trữ) told when a closed
 *     dossier's transfer to the agency archive falls due
 * @param transferWithin how long after closing a dossier is due at the agency archive: one year
 *     (Decree 30/2020 Art. 30.2, the default {@code P1Y}); an agency under a shorter rule sets it
 *     (e.g. {@code P60D})
 * @param transferNoticeDays how many days before that the notice goes out (default 30)
 * @param retentionNoticeCron when the daily retention check runs (Quartz cron, agency's zone)
 */
public record DossierSettings(
        @Nullable String agencyCode,
        List<FilePlanItem> filePlan,
        List<String> recordsOfficers,
        Period transferWithin,
        @Nullable Integer transferNoticeDays,
        String retentionNoticeCron) {

    @ConstructorBinding
    public DossierSettings {
        filePlan = filePlan == null ? List.of() : List.copyOf(filePlan);
        recordsOfficers = recordsOfficers == null
                ? List.of()
                : recordsOfficers.stream()
                        .map(a -> a.strip().toLowerCase(Locale.ROOT))
                        .filter(a -> !a.isEmpty())
                        .toList();
        for (String address : recordsOfficers) {
            if (!address.matches("[^@\\s]{1,64}@[^@\\s]{1,255}")) {
                throw new IllegalArgumentException(
                        "gateway.dossiers.records-officers: '" + address + "' is not an e-mail address");
            }
        }
        transferWithin = transferWithin == null ? Period.ofYears(1) : transferWithin;
        if (transferWithin.isNegative() || transferWithin.isZero()) {
            throw new IllegalArgumentException("gateway.dossiers.transfer-within must be positive, e.g. P1Y");
        }
        transferNoticeDays = transferNoticeDays == null ? 30 : transferNoticeDays;
        if (transferNoticeDays < 0 || transferNoticeDays > 366) {
            throw new IllegalArgumentException("gateway.dossiers.transfer-notice-days must be from 0 to 366");
        }
        retentionNoticeCron =
                retentionNoticeCron == null || retentionNoticeCron.isBlank() ? "0 0 7 * * ?" : retentionNoticeCron;
    }

    /** A file plan with the default retention settings. */
    public DossierSettings(@Nullable String agencyCode, List<FilePlanItem> filePlan) {
        this(agencyCode, filePlan, List.of(), null, null, null);
    }
}
