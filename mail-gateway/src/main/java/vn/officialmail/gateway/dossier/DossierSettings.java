package vn.officialmail.gateway.dossier;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Dossiers ({@code gateway.dossiers.*}).
 *
 * @param agencyCode the agency's identifier (mã định danh, QCVN 102:2016, e.g. {@code
 *     000.00.00.G09}): the first part of every dossier code (OrganId)
 * @param filePlan the file plan (danh mục hồ sơ): one dossier per heading and year
 */
public record DossierSettings(@Nullable String agencyCode, List<FilePlanItem> filePlan) {

    public DossierSettings {
        filePlan = filePlan == null ? List.of() : List.copyOf(filePlan);
    }
}
