package vn.officialmail.gateway.trust.authentication;

import jakarta.mail.Address;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.officialmail.gateway.trust.HeaderField;
import vn.officialmail.gateway.trust.RawMessage;
import vn.officialmail.gateway.trust.Reason;

/**
 * The RFC 5322 From address that DMARC authenticates (RFC 7489 §6.6.1): exactly one From field
 * with addresses of one domain, or a reason why there is none.
 *
 * @param address the first address, lower case; empty when unusable
 * @param domain its domain; empty when unusable
 * @param problem why there is no usable From; empty when there is one
 */
record FromAddress(String address, String domain, List<Reason> problem) {

    static FromAddress of(RawMessage message) {
        List<HeaderField> fields = message.fields("From");
        if (fields.isEmpty()) {
            return unusable(Reason.of("from.missing"));
        }
        if (fields.size() > 1) {
            return unusable(Reason.of("from.multiple-fields", fields.size()));
        }
        Address[] addresses;
        try {
            addresses = InternetAddress.parseHeader(fields.get(0).value(), false);
        } catch (AddressException e) {
            return unusable(Reason.of("from.unreadable", fields.get(0).value()));
        }
        Set<String> domains = new LinkedHashSet<>();
        String first = "";
        for (Address address : addresses) {
            if (address instanceof InternetAddress internet
                    && internet.getAddress() != null
                    && internet.getAddress().lastIndexOf('@') > 0) {
                String text = internet.getAddress().toLowerCase(Locale.ROOT);
                first = first.isEmpty() ? text : first;
                domains.add(text.substring(text.lastIndexOf('@') + 1));
            }
        }
        if (first.isEmpty()) {
            return unusable(Reason.of("from.unreadable", fields.get(0).value()));
        }
        if (domains.size() > 1) {
            return unusable(Reason.of("from.multiple-domains", String.join(", ", domains)));
        }
        return new FromAddress(first, domains.iterator().next(), List.of());
    }

    boolean usable() {
        return problem.isEmpty();
    }

    private static FromAddress unusable(Reason reason) {
        return new FromAddress("", "", List.of(reason));
    }
}
