package vn.officialmail.gateway.trust.dns;

import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * Answers DNS questions for sender authentication. Implementations never throw for DNS trouble:
 * every outcome, a timeout included, is a {@link DnsAnswer}. They are safe for concurrent use.
 */
public interface DnsLookup {

    /** The records of {@code type} (an {@link org.xbill.DNS.Type} code) at the absolute {@code name}. */
    DnsAnswer lookup(Name name, int type);

    /**
     * The same for a textual domain name (with or without the trailing dot). A name that is not a
     * valid domain name (a label over 63 octets, an empty label) has no records: NO_DOMAIN.
     */
    default DnsAnswer lookup(String name, int type) {
        try {
            return lookup(Name.fromString(name, Name.root), type);
        } catch (TextParseException e) {
            return DnsAnswer.noDomain(0, "not a valid domain name: '" + name + "' (" + e.getMessage() + ")");
        }
    }
}
