package vn.officialmail.config.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The personal mail providers (gmail.com, yahoo.com, …): a mailbox there is never one an agency
 * issued. Kept as data in {@code directory/personal-mail-providers.txt}; a listed domain also
 * covers its subdomains (hn.vnn.vn under vnn.vn).
 */
public final class PersonalMailProviders {

    /** The maintained default list, on the class path. */
    public static final String DEFAULT_RESOURCE = "directory/personal-mail-providers.txt";

    private final Set<String> domains;

    public PersonalMailProviders(Set<String> domains) {
        this.domains = Set.copyOf(domains);
    }

    /** The maintained default list. */
    public static PersonalMailProviders loadDefault() {
        try (InputStream in = PersonalMailProviders.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The list of personal mail providers is missing: " + DEFAULT_RESOURCE);
            }
            return new PersonalMailProviders(parse(in, DEFAULT_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** The listed provider whose mailbox {@code domain} is, if it is one. */
    public Optional<String> providerOf(String domain) {
        String candidate = domain.toLowerCase(Locale.ROOT);
        while (true) {
            if (domains.contains(candidate)) {
                return Optional.of(candidate);
            }
            int dot = candidate.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            candidate = candidate.substring(dot + 1);
        }
    }

    public Set<String> domains() {
        return domains;
    }

    static Set<String> parse(InputStream in, String source) throws IOException {
        Set<String> domains = new LinkedHashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String entry = line.strip().toLowerCase(Locale.ROOT);
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String ascii;
            try {
                ascii = IDN.toASCII(entry);
            } catch (IllegalArgumentException e) {
                ascii = "";
            }
            if (!ascii.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
                throw new IllegalArgumentException(
                        source + " line " + number + ": '" + line.strip() + "' is not a domain such as gmail.com");
            }
            domains.add(ascii);
        }
        return domains;
    }
}
