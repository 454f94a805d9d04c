package vn.officialmail.gateway.directory;

import java.util.Optional;

/**
 * What the domain policy says about one domain, and which rule said it.
 *
 * @param kind the standing
 * @param rule the pattern, list entry or provider that decided, empty for {@link Kind#OTHER}
 */
public record DomainStanding(Kind kind, Optional<String> rule) {

    /** The standings, strongest first: a deny entry wins over everything. */
    public enum Kind {
        /** On {@code gateway.directory.deny}: never official. */
        DENIED,
        /** On {@code gateway.directory.allow}: official. */
        ALLOWED,
        /** Under an official pattern ({@code gateway.official-domains}) or an agency's domain. */
        OFFICIAL,
        /** A personal mail provider (gmail.com, …): never issued by an agency. */
        PERSONAL,
        /** Anything else: another organisation. */
        OTHER
    }

    public boolean isOfficial() {
        return kind == Kind.ALLOWED || kind == Kind.OFFICIAL;
    }
}
