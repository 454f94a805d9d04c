package vn.officialmail.gateway.directory;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.directory.*}: the domain policy and the entries seeded at every start (an
 * import adds the rest). Checked when the gateway starts: a bad value stops it, naming the key.
 *
 * @param allow domains (or {@code *.x} patterns) whose mailboxes are official although no official
 *     pattern covers them, e.g. an agency still on a {@code .vn} domain
 * @param deny domains (or patterns) never official, whatever else says so; wins over everything
 * @param homeAgencies codes of the agencies whose mail this gateway carries (direction inbound,
 *     outbound, internal is seen from them); empty: every agency in the directory, or the official
 *     domains while the directory has none
 * @param agencies agencies seeded at start
 * @param units units seeded at start
 * @param accounts issued accounts seeded at start
 * @param refreshInterval how often a node reloads the directory from the database (imports made
 *     through another node); the importing node reloads at once
 */
public record DirectorySettings(
        @DefaultValue List<String> allow,
        @DefaultValue List<String> deny,
        @DefaultValue List<String> homeAgencies,
        @DefaultValue List<AgencySeed> agencies,
        @DefaultValue List<UnitSeed> units,
        @DefaultValue List<AccountSeed> accounts,
        @DefaultValue("PT1M") Duration refreshInterval) {

    /**
     * An agency in configuration.
     *
     * @param code stable key
     * @param name full name
     * @param domains its mail domains
     * @param abbreviation the issuer abbreviation in its document symbols; the code when not given
     */
    public record AgencySeed(
            @Nullable String code,
            @Nullable String name,
            @DefaultValue List<String> domains,
            @Nullable String abbreviation) {}

    /**
     * A unit in configuration.
     *
     * @param code stable key (users refer to it as unit_code)
     * @param agency the agency's code
     * @param name full name
     * @param abbreviation as in document symbols
     * @param sharedMailbox the unit's shared mailbox
     * @param head the head's address
     * @param delegate the delegate's address
     */
    public record UnitSeed(
            @Nullable String code,
            @Nullable String agency,
            @Nullable String name,
            @Nullable String abbreviation,
            @Nullable String sharedMailbox,
            @Nullable String head,
            @Nullable String delegate) {}

    /**
     * An issued account in configuration.
     *
     * @param address the mailbox
     * @param name the holder's name
     * @param unit the unit's code
     */
    public record AccountSeed(@Nullable String address, @Nullable String name, @Nullable String unit) {}
}
