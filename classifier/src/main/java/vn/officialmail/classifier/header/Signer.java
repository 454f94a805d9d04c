package vn.officialmail.classifier.header;

import java.util.Optional;

/**
 * The signature block (Decree 30/2020 Appendix I, box 7).
 *
 * @param authority the signing authority prefix: {@code TM.}, {@code KT.}, {@code Q.}, {@code TL.}, {@code TUQ.}
 * @param onBehalfOf what follows the prefix, e.g. "ỦY BAN NHÂN DÂN" or "BỘ TRƯỞNG"
 * @param position the signer's position, e.g. "THỨ TRƯỞNG"
 * @param name the signer's name, e.g. "Nguyễn Văn A"
 */
public record Signer(
        Optional<String> authority, Optional<String> onBehalfOf, Optional<String> position, Optional<String> name) {}
